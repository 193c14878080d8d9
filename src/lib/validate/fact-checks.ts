import { CheckFigureKind, CheckIdMismatch, CheckPassageNotFound } from './errors';
import { isMoney } from '../money/guard';
import { normaliseText } from './normalise';
import { problem, type Problem } from './problem';
import type { ArticleTexts } from './quotes';
import type { CheckedRecord, RecordIndex } from './record';

/** Returns whether a parsed field value holds an amount anywhere (amount, instruments.equity...). */
function holdsMoney(value: unknown): boolean {
  if (isMoney(value)) return true;
  if (Array.isArray(value)) return value.some(holdsMoney);
  if (value && typeof value === 'object') return Object.values(value).some(holdsMoney);
  return false;
}

/** The id a primary check must have: `<dataset>--<record>--<field>`. */
export const checkIdFor = (record: string, field: string) =>
  `${record.replace('/', '--')}--${field}`;

/**
 * Checks what only fact checks need beyond their schema and references: a primary check's id
 * names its record and field, its figure is an amount for an amount field and a percentage
 * otherwise, and an internal check's passage appears in its article. Other records pass.
 */
export function checkFactCheck(
  record: CheckedRecord,
  index: RecordIndex,
  articles: ArticleTexts,
): Problem[] {
  const check = record.value;
  if (record.dataset.name !== 'checks' || !check) return [];
  const problems: Problem[] = [];
  const key = String(check.record);
  const field = String(check.field);
  if (check.kind === 'primary' && record.id !== checkIdFor(key, field)) {
    const params = { id: record.id, expected: checkIdFor(key, field) };
    problems.push(problem(CheckIdMismatch, record.path, 'id', params));
  }
  const [dataset = '', id = ''] = key.split('/', 2);
  const target = index.get(dataset)?.get(id)?.[0]?.value?.[field];
  const figure = check.figure as { kind: string; text: string } | undefined;
  if (figure && target !== undefined && check.kind === 'primary') {
    const money = holdsMoney(target);
    if ((figure.kind === 'money') !== money) {
      const params = { figure: figure.text, field, expected: money ? 'an amount' : 'a percentage' };
      problems.push(problem(CheckFigureKind, record.path, 'figure', params));
    }
  }
  if (typeof check.article === 'string' && typeof check.passage === 'string') {
    const text = articles.get(check.article);
    const wanted = normaliseText(check.passage);
    // An article is one normalised text or its normalised paragraphs; a passage sits in one.
    const parts = text === undefined ? undefined : ([] as string[]).concat(text);
    if (parts && !parts.some((p) => p.includes(wanted))) {
      problems.push(problem(CheckPassageNotFound, record.path, 'passage', { slug: check.article }));
    }
  }
  return problems;
}
