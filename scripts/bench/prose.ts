/**
 * Writes synthetic raw sources shaped like the real ones: Jekyll frontmatter, the title repeated
 * as the first line, `###` sections of Japanese prose, one section repeated word for word, a
 * paragraph repeated with a sentence added, and a related-articles block for the boilerplate
 * rules. Each planned quote is printed verbatim inside a paragraph of its own.
 */
import type { Rng } from './rng';

/** What one synthetic article must contain. */
export interface ArticlePlan {
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** Sentences to print verbatim, one paragraph each. */
  quotes: string[];
  /** Company names the filler prose mentions. */
  names: string[];
  /** Approximate size of the source in UTF-8 bytes. */
  targetBytes: number;
}

const OPENERS = [
  '正直なところ、',
  '振り返ってみると、',
  '業界関係者の間では、',
  'ここ数年、',
  '私の経験から言えば、',
  '冷静に考えると、',
  'もう一つ見逃せないのは、',
  '投資家の視点で見れば、',
  '',
];
const SUBJECTS = [
  'AI業界全体の',
  'スタートアップ各社の',
  '大手クラウド事業者の',
  '日本企業の',
  '半導体メーカーの',
  '各国政府の',
];
const TOPICS = [
  '資金調達戦略',
  '計算資源への投資',
  '人材獲得競争',
  'データセンター計画',
  '収益化の道筋',
  '研究開発の体制',
  '規制への対応',
  '顧客基盤の拡大',
  '電力確保の課題',
  'モデルの性能競争',
  '提携関係',
  '価格設定',
];
const VERBS = [
  'は大きな転換点を迎えています',
  'はまだ道半ばと言えるでしょう',
  'が市場の期待を集めています',
  'には慎重な見方も少なくありません',
  'が今後の成長を左右するはずです',
  'は数年前とは比べものにならないほど複雑になりました',
  'こそが本当の勝負どころだと私は見ています',
  'について、明確な答えはまだ出ていません',
  'をめぐる議論は今後も続くでしょう',
];
const HEADINGS = [
  '資金調達の全体像',
  '計算資源をめぐる競争',
  '投資家の思惑',
  '日本企業への示唆',
  'データセンターと電力',
  '評価額は妥当か',
  '提携の広がり',
  '規制と地政学',
  '収益化への道',
  '人材と研究体制',
  '今後の展望',
];

/** Returns one filler sentence, mentioning one of `names` about half of the time. */
export function fillerSentence(rng: Rng, names: readonly string[]): string {
  const subject = names.length > 0 && rng.chance(0.5) ? `${rng.pick(names)}の` : rng.pick(SUBJECTS);
  if (rng.chance(0.2)) {
    return `${rng.int(2015, 2025)}年以降、${subject}${rng.pick(TOPICS)}に関する報道は増え続けています。`;
  }
  return `${rng.pick(OPENERS)}${subject}${rng.pick(TOPICS)}${rng.pick(VERBS)}。`;
}

function paragraph(rng: Rng, names: readonly string[], quote?: string): string {
  const sentences = Array.from({ length: rng.int(3, 5) }, () => fillerSentence(rng, names));
  if (quote) sentences.splice(rng.int(0, sentences.length), 0, quote);
  return sentences.join('');
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Returns the raw source text for `plan`; the same generator state gives the same text. */
export function renderSource(rng: Rng, plan: ArticlePlan): string {
  const paragraphs = plan.quotes.map((q) => paragraph(rng, plan.names, q));
  let size = paragraphs.reduce((n, p) => n + bytes(p), 0);
  while (size < plan.targetBytes * 0.8) {
    const p = paragraph(rng, plan.names);
    paragraphs.splice(rng.int(0, paragraphs.length), 0, p);
    size += bytes(p);
  }
  const sections: string[][] = [];
  for (let i = 0; i < paragraphs.length;) {
    const n = rng.int(3, 6);
    sections.push(paragraphs.slice(i, i + n));
    i += n;
  }
  const headings = sections.map((_, i) => {
    const base = HEADINGS[i % HEADINGS.length]!;
    return i < HEADINGS.length ? base : `${base}(その${Math.floor(i / HEADINGS.length) + 1})`;
  });
  const body = sections.map((s, i) => `### ${headings[i]}\n\n${s.join('\n\n')}`);
  // Scraped pages repeat a section and re-print a paragraph with a sentence added.
  const repeated = rng.int(0, sections.length - 1);
  body.push(body[repeated]!);
  const again = sections[repeated]![0]!;
  body.push(`${again}${fillerSentence(rng, plan.names)}`);
  const links = [1, 2, 3].map(
    (i) => `- [${plan.names[0] ?? 'AI'}の関連記事その${i}](/related/${i}/)`,
  );
  return [
    '---',
    'layout: post',
    `title: "${plan.title}"`,
    `date: ${plan.date} 09:00:00 +0900`,
    'categories: ["投資分析"]',
    'tags: ["AI", "投資", "合成データ"]',
    'author: "編集部"',
    '---',
    '',
    plan.title,
    '',
    ...body.flatMap((b) => [b, '']),
    '### あわせて読みたい',
    '',
    links.join('\n'),
    '',
  ].join('\n');
}
