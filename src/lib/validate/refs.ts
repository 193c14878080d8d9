import type { RefRule } from '../dataset/define';
import { UnknownArticle, UnknownCompany, UnknownRecord, UnknownRecordField } from './errors';
import { problem, type Problem } from './problem';
import { stringsAt, type CheckedRecord, type RecordIndex } from './record';
import { closest } from './suggest';

const ID_LIKE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The ids a reference can resolve to: article slugs and every dataset's record ids. */
export interface RefTargets {
  articles: ReadonlySet<string>;
  records: RecordIndex;
}

interface Resolved {
  ok: boolean;
  /** The ids the value could have named; only read to suggest a fix, so built on demand. */
  known: () => Iterable<string>;
  dataset: string;
  id: string;
}

// `rule.field` names a sibling whose value must be a field of the referenced record.
function fieldProblems(
  record: CheckedRecord,
  rule: RefRule,
  found: Resolved,
  targets: RefTargets,
): Problem[] {
  const key = rule.field;
  const wanted = key === undefined ? undefined : record.raw?.[key];
  if (key === undefined || typeof wanted !== 'string') return [];
  const target = targets.records.get(found.dataset)?.get(found.id)?.[0]?.raw;
  if (!target || wanted in target) return [];
  const present = Object.keys(target).filter((k) => k !== 'sources' && k !== 'notes');
  const params = {
    field: wanted,
    record: `${found.dataset}/${found.id}`,
    present,
    suggestion: closest(wanted, present),
  };
  return [problem(UnknownRecordField, record.path, key, params)];
}

function resolve(rule: RefRule, value: string, targets: RefTargets): Resolved {
  if (rule.to === 'articles') {
    const known = () => targets.articles;
    return { ok: targets.articles.has(value), known, dataset: '', id: value };
  }
  const [dataset = '', id = ''] = rule.to === '*' ? value.split('/', 2) : [rule.to, value];
  // A lookup in the index, not a copy of its ids: a copy per reference is quadratic in records.
  const byId = targets.records.get(dataset);
  const known = () => byId?.keys() ?? [];
  return { ok: byId?.has(id) ?? false, known, dataset, id };
}

/**
 * Checks every field the registry declares in `refs` (companies, articles, other datasets):
 * each value must name an existing record; `id-like` fields only when written as an id.
 */
export function checkRefs(record: CheckedRecord, targets: RefTargets): Problem[] {
  const rules = Object.entries(record.dataset.refs).filter(
    (entry): entry is [string, RefRule] => entry[1] !== undefined,
  );
  return rules.flatMap(([key, rule]) =>
    stringsAt(record.raw, key)
      .filter(([, value]) => rule.check !== 'id-like' || ID_LIKE.test(value))
      .flatMap(([field, value]): Problem[] => {
        const found = resolve(rule, value, targets);
        if (found.ok) return fieldProblems(record, rule, found, targets);
        if (rule.to === 'companies') {
          const params = { id: value, suggestion: closest(value, found.known()) };
          return [problem(UnknownCompany, record.path, field, params)];
        }
        if (rule.to === 'articles') {
          const params = { slug: value, suggestion: closest(value, found.known()) };
          return [problem(UnknownArticle, record.path, field, params)];
        }
        const params = {
          id: found.id,
          dataset: found.dataset,
          suggestion: closest(found.id, found.known()),
        };
        return [problem(UnknownRecord, record.path, field, params)];
      }),
  );
}
