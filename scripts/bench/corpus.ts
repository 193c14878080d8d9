/**
 * Generates a whole synthetic corpus from a seed: data/<dataset>/<id>.yaml records citing
 * content/sources/*.txt raw articles that print their quotes, and content/manifest.yaml with
 * chart embeds. Articles are written by the project's own ingest afterwards, so what the
 * validator reads is what the ingest made.
 */
import { stringify } from 'yaml';
import { renderSource } from './prose';
import { generateRecords, type PlannedRecord } from './records';
import { createRng } from './rng';
import type { CorpusCounts } from './sizes';

/** A file to write, by path relative to the corpus root. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** The corpus: every file, and the round file the warm rebuild adds afterwards. */
export interface Corpus {
  files: CorpusFile[];
  /** A valid round whose quote is already in an article but whose file is held back. */
  extraRound: CorpusFile;
  /** Record files per dataset, and raw source bytes. */
  stats: { records: Record<string, number>; sourceBytes: number; articles: number };
  /** Every company with its funding rounds, for peers that build the same company pages. */
  companyRounds: CompanyRounds[];
}

/** One company page's data: its name and its rounds as the records write them. */
export interface CompanyRounds {
  id: string;
  name: string;
  rounds: { round: string; date: string; amount: string }[];
}

const yaml = (value: unknown) =>
  stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 });

function recordFile(
  record: PlannedRecord,
  sources?: { article: string; quote: string }[],
): CorpusFile {
  const fields = sources ? { ...record.fields, sources } : record.fields;
  return { path: `data/${record.dataset}/${record.id}.yaml`, text: yaml(fields) };
}

/**
 * Returns the corpus for `counts` from `seed`; `fxRates` is the text of the project's
 * data/fx-rates.yaml, copied unchanged.
 */
export function generateCorpus(counts: CorpusCounts, seed: number, fxRates: string): Corpus {
  const rng = createRng(seed);
  const { companies, figures, extraRound } = generateRecords(rng, counts);
  const names = new Map(companies.map((c) => [c.id, String(c.fields.name)]));
  const slugs = Array.from({ length: counts.articles }, (_, i) => `bench-article-${i + 1}`);
  const cited = new Map<PlannedRecord, string[]>();
  const planted = slugs.map(() => [] as PlannedRecord[]);
  for (const record of [...figures, extraRound]) {
    const first = record === extraRound ? 0 : rng.int(0, slugs.length - 1);
    const chosen = [first];
    // Some figures are reported by two articles, as in the real corpus.
    if (slugs.length > 1 && record !== extraRound && rng.chance(0.15)) {
      chosen.push((first + rng.int(1, slugs.length - 1)) % slugs.length);
    }
    for (const i of chosen) planted[i]!.push(record);
    cited.set(
      record,
      chosen.map((i) => slugs[i]!),
    );
  }
  const files: CorpusFile[] = [{ path: 'data/fx-rates.yaml', text: fxRates }];
  const manifest: Record<string, unknown> = {};
  let sourceBytes = 0;
  slugs.forEach((slug, i) => {
    const records = planted[i]!;
    const mentioned = [...new Set(records.flatMap((r) => mentionedIds(r)))].map((id) =>
      names.get(id)!,
    );
    const title = `${mentioned[0] ?? 'AI企業'}と${mentioned[1] ?? '投資家'}に見るAI資本の流れ(第${i + 1}回)`;
    const date = `${rng.int(2025, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const text = renderSource(rng, {
      title,
      date: date > '2026-03-31' ? '2026-03-31' : date,
      quotes: records.map((r) => r.quote),
      names: mentioned.slice(0, 8),
      targetBytes: rng.int(8, 40) * 1024,
    });
    const file = `${String(i).padStart(4, '0')}_bench_${slug}.txt`;
    files.push({ path: `content/sources/${file}`, text });
    sourceBytes += Buffer.byteLength(text, 'utf8');
    const embeds = records
      .filter((r) => r.chart)
      .slice(0, 2)
      .map((r) => ({ after: r.quote.slice(0, 20), mdx: r.chart! }));
    manifest[file] = { slug, publisher: '合成データ', ...(embeds.length > 0 ? { embeds } : {}) };
  });
  files.push({ path: 'content/manifest.yaml', text: stringify(manifest, { lineWidth: 0 }) });
  const sourcesOf = (r: PlannedRecord) =>
    cited.get(r)!.map((article) => ({ article, quote: r.quote }));
  files.push(
    ...companies.map((c) => recordFile(c)),
    ...figures.map((r) => recordFile(r, sourcesOf(r))),
  );
  const records: Record<string, number> = {};
  for (const r of [...companies, ...figures]) records[r.dataset] = (records[r.dataset] ?? 0) + 1;
  return {
    files,
    extraRound: recordFile(extraRound, sourcesOf(extraRound)),
    stats: { records, sourceBytes, articles: slugs.length },
    companyRounds: companies.map((c) => ({
      id: c.id,
      name: String(c.fields.name_ja ?? c.fields.name),
      rounds: figures
        .filter((r) => r.dataset === 'funding-rounds' && r.fields.company === c.id)
        .map((r) => ({
          round: String(r.fields.round),
          date: String(r.fields.date),
          amount: String(r.fields.amount),
        })),
    })),
  };
}

/** Returns the company ids a record names, in field order. */
function mentionedIds(record: PlannedRecord): string[] {
  const f = record.fields;
  const ids = [f.company, f.from, f.to, f.companies, f.investors].flat();
  return ids.filter((id): id is string => typeof id === 'string');
}
