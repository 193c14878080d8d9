/**
 * Generates the records of a synthetic corpus: companies, funding rounds and deals at the
 * requested counts, plus a fixed handful of capex, revenue, market, GPU and share records so
 * every chart has data. Each figure record carries the sentence an article must print for it.
 */
import { syntheticName } from './names';
import type { Rng } from './rng';
import type { CorpusCounts } from './sizes';

/** A generated record before it is given sources: dataset folder, id, fields and its sentence. */
export interface PlannedRecord {
  dataset: string;
  id: string;
  fields: Record<string, unknown>;
  /** The sentence an article prints verbatim; it states the record's amount where it has one. */
  quote: string;
  /** A chart component to place after the quote's paragraph, where the record gets one. */
  chart?: string;
}

/** All generated records; `extraRound` is held back for the warm rebuild that adds one round. */
export interface PlannedRecords {
  companies: PlannedRecord[];
  figures: PlannedRecord[];
  extraRound: PlannedRecord;
}

const COUNTRIES = ['US', 'US', 'US', 'JP', 'GB', 'FR', 'DE', 'CA', 'IL', 'KR', 'IN', 'SG'];
const ROUND_NAMES = ['シード', 'シリーズA', 'シリーズB', 'シリーズC', 'シリーズD', 'シリーズE'];
const FUNDABLE = ['model-lab', 'model-lab', 'model-lab', 'infrastructure', 'defence', 'other'];
const DESCRIPTIONS = [
  '大規模言語モデルを開発する',
  'AI向けの計算基盤を提供する',
  '産業用AIを手がける',
];

/** Returns a round-ish amount in 億ドル between 1 and 2000, log-uniformly. */
function oku(rng: Rng, max = 2000): number {
  const n = Math.round(10 ** (rng.next() * Math.log10(max)));
  return n >= 100 ? Math.round(n / 10) * 10 : Math.max(1, n);
}

const month = (m: number) => String(m).padStart(2, '0');

function companies(rng: Rng, n: number): PlannedRecord[] {
  const taken = new Set<string>();
  const quota = (share: number, min: number) => Math.max(min, Math.round(n * share));
  const kinds = [
    ...Array<string>(quota(0.04, 4)).fill('hyperscaler'),
    ...Array<string>(quota(0.04, 2)).fill('chipmaker'),
    ...Array<string>(quota(0.04, 1)).fill('cloud'),
    ...Array<string>(quota(0.16, 3)).fill('investor'),
  ];
  while (kinds.length < n) kinds.push(rng.pick(FUNDABLE));
  return kinds.slice(0, Math.max(n, kinds.length)).map((kind) => {
    const { id, name, nameJa } = syntheticName(rng, kind, taken);
    const fields = {
      name,
      name_ja: nameJa,
      kind,
      country: rng.pick(COUNTRIES),
      founded: String(rng.int(1995, 2023)),
      description: `${rng.pick(DESCRIPTIONS)}架空の企業(ベンチマーク用の合成データ)。`,
    };
    return { dataset: 'companies', id, fields, quote: '' };
  });
}

const nameOf = (c: PlannedRecord) => String(c.fields.name);

function round(
  rng: Rng,
  company: PlannedRecord,
  k: number,
  date: string,
  investors: PlannedRecord[],
): PlannedRecord {
  const amount = oku(rng);
  const hasValuation = rng.chance(0.7);
  const valuation = `${Math.min(9990, Math.max(amount * rng.int(3, 30), amount))}億ドル`;
  const [y, m] = date.split('-');
  const backers = investors.length > 0 ? [rng.pick(investors), rng.pick(investors)] : [];
  const ids = [...new Set(backers.map((b) => b.id))];
  const lead = backers[0] ? `${nameOf(backers[0])}が主導した` : '';
  const name = nameOf(company);
  const stage = ROUND_NAMES[k] ?? '追加の資金調達';
  const worth = hasValuation ? `、評価額は${valuation}に達しました` : 'ました';
  const templates = [
    ['closed', `${name}は${y}年${Number(m)}月、${lead}${stage}で${amount}億ドルを調達し${worth}。`],
    [
      'announced',
      `${name}は${y}年${Number(m)}月に${stage}として${amount}億ドルの調達を発表し${worth}。`,
    ],
    [
      'in-talks',
      `関係者によれば、${name}は${y}年${Number(m)}月時点で${amount}億ドルの調達に向けて交渉を進めています。`,
    ],
  ] as const;
  const [status, quote] = rng.pick(templates);
  const valued = hasValuation && status !== 'in-talks';
  return {
    dataset: 'funding-rounds',
    id: `${company.id}-round-${k + 1}`,
    fields: {
      company: company.id,
      round: stage,
      status,
      date,
      amount: `${amount}億ドル`,
      ...(valued ? { valuation } : {}),
      ...(ids.length > 0 ? { investors: ids, lead_investors: [ids[0]] } : {}),
    },
    quote,
    chart: `<FundingTimeline companies={["${company.id}"]} />`,
  };
}

const DEAL_KINDS = [
  [
    'equity-investment',
    'announced',
    (f: string, t: string, a: string) => `${f}は${t}に${a}を出資すると発表しました。`,
  ],
  [
    'cloud-contract',
    'closed',
    (f: string, t: string, a: string) => `${f}は${t}と${a}のクラウド利用契約を結んでいます。`,
  ],
  [
    'compute-purchase',
    'planned',
    (f: string, t: string, a: string) => `${f}は${t}から${a}相当の計算資源を購入する計画です。`,
  ],
  [
    'supply',
    'in-talks',
    (f: string, t: string, a: string) =>
      `${t}が${f}に${a}のチップを供給する方向で交渉が進んでいます。`,
  ],
  [
    'construction',
    'announced',
    (f: string, t: string, a: string) =>
      `${t}は${f}向けのデータセンターを${a}で建設すると発表しました。`,
  ],
] as const;

function deal(rng: Rng, i: number, payers: PlannedRecord[], all: PlannedRecord[]): PlannedRecord {
  const from = rng.pick(payers);
  let to = rng.pick(all);
  while (to.id === from.id) to = rng.pick(all);
  const [kind, status, sentence] = rng.pick(DEAL_KINDS);
  const amount = `${rng.chance(0.3) ? '最大' : ''}${oku(rng, 5000)}億ドル`;
  const date = `${rng.int(2022, 2026)}-${month(rng.int(1, 12))}`;
  return {
    dataset: 'deals',
    id: `${from.id}-${to.id}-${i + 1}`,
    fields: {
      label: `${nameOf(from)}から${nameOf(to)}へ`,
      from: from.id,
      to: to.id,
      kind,
      status,
      date,
      amount,
    },
    quote: sentence(nameOf(from), nameOf(to), amount),
    chart: `<MoneyNetwork companies={["${from.id}"]} />`,
  };
}

const MARKETS = [
  ['ai', 'AI'],
  ['generative-ai', '生成AI'],
  ['ai-chips', 'AIチップ'],
  ['ai-agents', 'AIエージェント'],
  ['ai-saas', 'AI SaaS'],
  ['autonomous-robotics', '自律型ロボティクス'],
  ['ai-venture-investment', 'AIベンチャー投資'],
] as const;

/** The small datasets, at one fixed size: the pages that show them do not grow with the corpus. */
function fixedRecords(rng: Rng, byKind: (kind: string) => PlannedRecord[]): PlannedRecord[] {
  const capex = byKind('hyperscaler')
    .slice(0, 6)
    .map((c) => {
      const amount = `${oku(rng, 1500) + 100}億ドル`;
      return {
        dataset: 'capex',
        id: `${c.id}-capex-2026`,
        fields: {
          companies: [c.id],
          year: 2026,
          amount,
          basis: 'plan',
          scope: 'AIインフラへの投資',
        },
        quote: `${nameOf(c)}は2026年にAIインフラへ${amount}を投じる計画を明らかにしています。`,
        chart: '<CapexChart />',
      };
    });
  const revenues = byKind('model-lab')
    .slice(0, 3)
    .flatMap((c) =>
      (['revenue', 'arr'] as const).map((metric) => {
        const amount = `${oku(rng, 500)}億ドル`;
        const what = metric === 'arr' ? '年換算売上(ARR)' : '売上高';
        return {
          dataset: 'revenues',
          id: `${c.id}-${metric}-2025`,
          fields: { company: c.id, period: 'FY2025', year: 2025, metric, basis: 'actual', amount },
          quote: `${nameOf(c)}の2025年度の${what}は${amount}に達しました。`,
          chart: `<RevenueChart companies={["${c.id}"]} />`,
        };
      }),
    );
  const markets = MARKETS.map(([market, label], i) => {
    const year = 2025 + (i % 2) * 5;
    const amount = `${oku(rng, 9000) + 100}億ドル`;
    return {
      dataset: 'market-sizes',
      id: `${market}-market-${year}`,
      fields: { market, year, amount, basis: 'forecast' },
      quote: `${label}の世界市場は${year}年に${amount}に達すると予測されています。`,
      chart: '<MarketChart />',
    };
  });
  const gpus = byKind('model-lab')
    .slice(0, 2)
    .map((c) => ({
      dataset: 'gpu-clusters',
      id: `${c.id}-cluster`,
      fields: { company: c.id, site: 'テキサス', gpus: 100000, qualifier: 'approx', basis: 'plan' },
      quote: `${nameOf(c)}はテキサスに10万基規模のGPUクラスターを建設する計画です。`,
      chart: `<GpuChart companies={["${c.id}"]} />`,
    }));
  const shares = (
    [
      ['US', '米国', 80, '約8割'],
      ['JP', '日本', 1, '1%未満'],
    ] as const
  ).map(([subject, label, value, text]) => ({
    dataset: 'shares',
    id: `${subject.toLowerCase()}-share-ai-venture-money-2025`,
    fields: {
      metric: 'ai-venture-money',
      subject,
      of: '世界のAI向けVCマネー',
      share: { value, qualifier: value === 1 ? 'under' : 'approx' },
      year: 2025,
      basis: 'estimate',
    },
    quote: `2025年の世界のAI向けVCマネーのうち${label}の割合は${text}と推定されています。`,
    chart: '<SharesChart />',
  }));
  return [...capex, ...revenues, ...markets, ...gpus, ...shares];
}

/** Returns every record of a corpus with `counts`, the same for the same generator state. */
export function generateRecords(rng: Rng, counts: CorpusCounts): PlannedRecords {
  const all = companies(rng, counts.companies);
  const byKind = (kind: string) => all.filter((c) => c.fields.kind === kind);
  const investors = byKind('investor');
  const fundable = all.filter((c) => FUNDABLE.includes(String(c.fields.kind)));
  const payers = [...investors, ...byKind('hyperscaler'), ...byKind('chipmaker')];
  // Each company's rounds are months apart, so no two share a (company, date, amount) key.
  const next = new Map<string, { k: number; months: number }>();
  const rounds = Array.from({ length: counts.rounds + 1 }, () => {
    const company = rng.pick(fundable);
    const state = next.get(company.id) ?? { k: 0, months: rng.int(2010, 2016) * 12 };
    state.months += rng.int(2, 6);
    next.set(company.id, { k: state.k + 1, months: state.months });
    const date = `${Math.floor(state.months / 12)}-${month((state.months % 12) + 1)}`;
    return round(rng, company, state.k, date, investors);
  });
  const deals = Array.from({ length: counts.deals }, (_, i) => deal(rng, i, payers, all));
  const extraRound = rounds.pop()!;
  return {
    companies: all,
    figures: [...rounds, ...deals, ...fixedRecords(rng, byKind)],
    extraRound,
  };
}
