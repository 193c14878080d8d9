/**
 * New records from the editor's answers: the fields each kind asks for, the YAML written, the
 * article sentences offered as quotes, and validation of the draft against the real tree before
 * anything is written. Used by `npm run new:round`, `new:company` and `new:deal`.
 */
import { stringify } from 'yaml';
import { CompanyKindSchema } from '../../schemas/companies';
import { DealKindSchema, DealStatusSchema } from '../../schemas/deals';
import { RoundStatusSchema } from '../../schemas/funding-rounds';
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
  { key: 'article', question: '出典記事のslug (content/articles/<slug>.mdx)', required: true },
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
      { key: 'company', question: '企業id (data/companies/<id>.yaml)', required: true },
      { key: 'date', question: '日付 (YYYY, YYYY-MM, YYYY-MM-DD)', required: true },
      { key: 'amount', question: '調達額 (記事の表記のまま: 150億ドル)', required: true },
      { key: 'valuation', question: '評価額 (任意: 3500億ドル)', required: false },
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
      },
      { key: 'to', question: '受け取る側の企業id', required: true },
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
      { key: 'date', question: '日付 (任意: YYYY-MM)', required: false },
      { key: 'amount', question: '金額 (記事の表記のまま)', required: true },
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
      { key: 'country', question: '国 (ISO 3166-1 の2文字: US)', required: true },
      { key: 'website', question: 'ウェブサイト (任意: https://…)', required: false },
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
