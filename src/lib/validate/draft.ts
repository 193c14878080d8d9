/**
 * New records from the editor's answers: the fields each kind asks for, the YAML written, the
 * article sentences offered as quotes, and validation of the draft against the real tree before
 * anything is written. Used by `npm run new:round`, `new:company` and `new:deal`.
 */
import { stringify } from 'yaml';
import { CompanyKindSchema } from '../../schemas/companies';
import { DealKindSchema, DealStatusSchema } from '../../schemas/deals';
import { RoundStatusSchema } from '../../schemas/funding-rounds';
import { isCountryCode, isRealPartialDate } from '../../schemas/common';
import { isHttpUrl } from '../../schemas/url';
import { parseMoney } from '../money/parse';
import { labelOf } from '../dataset/labels';
import { normaliseText } from './normalise';
import { bodyParagraphs, containsWhole } from './quotes';
import { readTree } from './read';
import { checkTree } from './tree';
import { MAX_FILE_BYTES } from './decode';
import type { Problem } from './problem';

/** One field a new record asks for: its key, flag, question, and whether it may be skipped. */
export interface DraftField {
  key: string;
  question: string;
  required: boolean;
  /** Choices for a select prompt; a flag must be one of them. */
  choices?: readonly string[];
  /** Comma-separated input becomes a list. */
  list?: boolean;
  /**
   * Returns what is wrong with a non-empty answer, in words for the editor, or undefined when
   * it will do: asked at the prompt, so a typo is fixed where it is typed rather than after
   * every question. The whole draft is validated again before anything is written.
   */
  check?: (value: string) => string | undefined;
}

const ID_WORDS = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const checkId = (v: string) =>
  ID_WORDS.test(v.trim()) ? undefined : '英小文字・数字をハイフンでつないだidで (例: sakana-ai)';
const checkIds = (v: string) =>
  v.split(',').every((id) => ID_WORDS.test(id.trim()))
    ? undefined
    : 'idをカンマ区切りで (例: microsoft,nvidia)';
const checkDate = (v: string) =>
  isRealPartialDate(v.trim()) ? undefined : '実在する日付を YYYY、YYYY-MM か YYYY-MM-DD で';
const checkMoney = (v: string) => {
  const parsed = parseMoney(v.trim());
  return parsed.ok ? undefined : `金額として読めません (${parsed.error})。例: 150億ドル、約2.2兆円`;
};

/** Returns the Japanese label of each choice, as the site prints it (announced: 発表). */
export function choiceLabels(field: DraftField): Record<string, string> {
  return Object.fromEntries((field.choices ?? []).map((c) => [c, labelOf(c)]));
}

/** A kind of record the editor can create. */
export interface DraftKind {
  name: 'round' | 'company' | 'deal';
  dataset: string;
  fields: readonly DraftField[];
  /** Whether the record cites an article (then `article` and `quote` are asked too). */
  cites: boolean;
  /** The field whose figure the quote must contain. */
  figure?: string;
  /** The company page that shows the record, for the preview URL. */
  companyField?: string;
}

const SOURCE_FIELDS: DraftField[] = [
  {
    key: 'article',
    question: '出典記事のslug (content/articles/<slug>.mdx)',
    required: true,
    check: checkId,
  },
  { key: 'quote', question: '金額を含む記事の一文 (原文のまま)', required: true },
];

/** The kinds of record `new:*` creates, keyed by name. */
export const DRAFT_KINDS: Record<DraftKind['name'], DraftKind> = {
  round: {
    name: 'round',
    dataset: 'funding-rounds',
    cites: true,
    figure: 'amount',
    companyField: 'company',
    fields: [
      {
        key: 'company',
        question: '企業id (data/companies/<id>.yaml)',
        required: true,
        check: checkId,
      },
      {
        key: 'date',
        question: '日付 (YYYY, YYYY-MM, YYYY-MM-DD)',
        required: true,
        check: checkDate,
      },
      {
        key: 'amount',
        question: '調達額 (記事の表記のまま: 150億ドル)',
        required: true,
        check: checkMoney,
      },
      {
        key: 'valuation',
        question: '評価額 (任意: 3500億ドル)',
        required: false,
        check: checkMoney,
      },
      {
        key: 'status',
        question: '状況',
        required: true,
        choices: RoundStatusSchema.options,
      },
      ...SOURCE_FIELDS,
    ],
  },
  deal: {
    name: 'deal',
    dataset: 'deals',
    cites: true,
    figure: 'amount',
    companyField: 'to',
    fields: [
      {
        key: 'from',
        question: '支払う側の企業id (複数はカンマ区切り)',
        required: true,
        list: true,
        check: checkIds,
      },
      { key: 'to', question: '受け取る側の企業id', required: true, check: checkId },
      {
        key: 'kind',
        question: '種類',
        required: true,
        choices: DealKindSchema.options,
      },
      {
        key: 'status',
        question: '状況',
        required: true,
        choices: DealStatusSchema.options,
      },
      { key: 'date', question: '日付 (任意: YYYY-MM)', required: false, check: checkDate },
      { key: 'amount', question: '金額 (記事の表記のまま)', required: true, check: checkMoney },
      ...SOURCE_FIELDS,
    ],
  },
  company: {
    name: 'company',
    dataset: 'companies',
    cites: false,
    fields: [
      { key: 'name', question: '名前 (英語表記)', required: true },
      { key: 'name_ja', question: '日本語表記 (任意)', required: false },
      {
        key: 'kind',
        question: '種類',
        required: true,
        choices: CompanyKindSchema.options,
      },
      {
        key: 'country',
        question: '国 (ISO 3166-1 の2文字: US)',
        required: true,
        check: (v) =>
          isCountryCode(v.trim()) ? undefined : 'ISO 3166-1 の2文字コードで (例: US, JP)',
      },
      {
        key: 'website',
        question: 'ウェブサイト (任意: https://…)',
        required: false,
        check: (v) => (isHttpUrl(v.trim()) ? undefined : 'http:// か https:// で始まるURLで'),
      },
    ],
  },
};

/** Returns the YAML text of a draft: the given fields in order, sources last. */
export function draftYaml(kind: DraftKind, values: Readonly<Record<string, string>>): string {
  const record: Record<string, unknown> = {};
  for (const field of kind.fields) {
    const value = values[field.key]?.trim();
    if (!value || field.key === 'article' || field.key === 'quote') continue;
    record[field.key] = field.list ? value.split(/\s*,\s*/).filter(Boolean) : value;
  }
  if (kind.cites) record.sources = [{ article: values.article, quote: values.quote }];
  // Every scalar quoted, so no value is read as a number or a date.
  return stringify(record, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

/** Returns the sentences of an article (visible text) that contain `figure` as a whole number. */
export function quoteCandidates(mdx: string, figure: string): string[] {
  const wanted = normaliseText(figure);
  if (wanted === '') return [];
  return bodyParagraphs(mdx)
    .flatMap((p) => p.split(/(?<=[。！？!?])\s*/))
    .map((s) => s.trim())
    .filter((s) => s !== '' && containsWhole(s, wanted));
}

/** The project path a new record of `kind` named `id` is written to. */
export const draftPath = (kind: DraftKind, id: string) => `data/${kind.dataset}/${id}.yaml`;

/**
 * Validates drafts (project path → YAML text) as if written into the tree under `root`, and
 * returns the problems they have or cause; nothing is written.
 */
export function checkDrafts(root: string, drafts: ReadonlyMap<string, string>): Problem[] {
  const tree = readTree(root, undefined, MAX_FILE_BYTES + 1);
  const encoder = new TextEncoder();
  const files = [...drafts].map(([path, text]) => {
    const bytes = encoder.encode(text);
    return { path, inTree: true, size: bytes.length, bytes };
  });
  const kept = tree.files.filter((f) => !drafts.has(f.path));
  const input = { ...tree, files: [...kept, ...files], only: new Set(drafts.keys()) };
  return checkTree(input).problems;
}

/**
 * Returns what is wrong with `quote` as the source of a record citing article `mdx` for
 * `figure`, or undefined: it must stand verbatim in one paragraph of the article's text, and
 * hold the figure as a whole number (the rules validation applies, asked at the prompt).
 */
export function quoteProblem(mdx: string, quote: string, figure: string): string | undefined {
  const wanted = normaliseText(quote);
  if (!bodyParagraphs(mdx).some((p) => containsWhole(normaliseText(p), wanted))) {
    return '記事の一つの段落にこの文がありません。記事から原文のまま写してください';
  }
  const amount = normaliseText(figure);
  if (amount !== '' && !containsWhole(wanted, amount)) return `この文に「${figure}」がありません`;
  return undefined;
}
