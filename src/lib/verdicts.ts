/**
 * Verdict and source-kind words: the one vocabulary that /checks/, tables, downloads, claim
 * marks and charts all print, in a layer low enough for both src/lib/data and src/lib/charts.
 */
import { SOURCE_KINDS, VERDICTS, type SourceKind, type Verdict } from '../schemas/checks';

export type { Verdict };

/** The Japanese label of each verdict: the one place pages, tables and downloads name them. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  consistent: '一致',
  contradicted: '一次資料と相違',
  partly: '一部相違',
  stale: '古い情報',
  unverified: '未検証',
};

/** A text mark per verdict, so a verdict never reads by colour alone. */
// Each mark is a character Noto Sans JP has (tests/unit/share-image/render.test.ts), so chart
// PNGs and share cards, which are drawn with that font alone, never show a missing glyph.
export const VERDICT_MARKS: Readonly<Record<Verdict, string>> = {
  consistent: '✓',
  contradicted: '×',
  partly: '△',
  stale: '※',
  unverified: '?',
};

/** What each verdict means, in one sentence (the methodology page and /checks/ headings). */
export const VERDICT_MEANINGS: Readonly<Record<Verdict, string>> = {
  consistent: '記事の数字と期間が一次資料と合っている。',
  contradicted: '一次資料の数字が記事と違う(別の額、別の対象、または別の期間)。',
  partly: '額は合うが時期・期間・範囲などの一部が違う、または記事の書き方が資料より強い。',
  stale: '記事の時点では正しかったが、その後の発表や完了した取引で置き換えられた。',
  unverified: '照合できる一次資料も名前のある調査も見つからなかった。',
};

/** The Japanese label of each source kind. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  filing: '届出書類',
  'earnings-release': '決算発表',
  'company-announcement': '会社発表',
  'official-statistics': '公的統計',
  'named-research': '調査会社の発表',
  'secondary-report': '報道(二次資料)',
};

/** Rank of a source kind: 0 is strongest (filing), higher ranks are weaker. */
export const sourceRank = (kind: SourceKind): number => SOURCE_KINDS.indexOf(kind);

/** Returns "× 一次資料と相違": the verdict's mark and label, readable without colour. */
export const verdictText = (verdict: Verdict): string =>
  `${VERDICT_MARKS[verdict]} ${VERDICT_LABELS[verdict]}`;

/** Returns true when `v` is one of the schema's verdicts. */
export const isVerdict = (v: string | undefined): v is Verdict =>
  (VERDICTS as readonly string[]).includes(v ?? '');

/** Returns the mark of a verdict given as a string ('?' for a word the schema does not know). */
export const verdictGlyph = (v: string): string => (isVerdict(v) ? VERDICT_MARKS[v] : '?');

/** Returns the label of a verdict given as a string (the string itself when unknown). */
export const verdictWord = (v: string): string => (isVerdict(v) ? VERDICT_LABELS[v] : v);

const FIELD_LABELS: Readonly<Record<string, string>> = {
  amount: '金額',
  valuation: '評価額',
  instruments: '内訳(株式・債務)',
  initial_amount: '初期投資額',
  cagr: '年平均成長率',
  growth_yoy: '前年比',
  share: 'シェア',
  gpus: 'GPU数',
  date: '時期',
  metric: '指標',
};

/** Returns the Japanese name of a checked field (the field name itself when unlisted). */
export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;
