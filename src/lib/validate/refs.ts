import { UnknownCompany } from '../errors';
import type { DatasetName } from '../data/datasets';
import { problem, type Problem } from './problem';
import { stringsAt, type CheckedRecord } from './record';
import { closest } from './suggest';

/** Fields that must name a company id, by dataset. */
const COMPANY_FIELDS: Partial<Record<DatasetName, string[]>> = {
  'funding-rounds': ['company'],
  deals: ['from', 'to'],
  capex: ['companies'],
  revenues: ['company'],
  'gpu-clusters': ['company'],
};

/** Fields that may hold plain names, but must name a company when written as an id. */
const INVESTOR_FIELDS: Partial<Record<DatasetName, string[]>> = {
  'funding-rounds': ['investors', 'lead_investors'],
};

const ID_LIKE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Checks that company references name a file in data/companies/. */
export function checkCompanyRefs(record: CheckedRecord, companies: ReadonlySet<string>): Problem[] {
  const name = record.dataset.name as DatasetName;
  const refs = [
    ...(COMPANY_FIELDS[name] ?? []).flatMap((key) => stringsAt(record.raw, key)),
    ...(INVESTOR_FIELDS[name] ?? [])
      .flatMap((key) => stringsAt(record.raw, key))
      .filter(([, id]) => ID_LIKE.test(id)),
  ];
  return refs
    .filter(([, id]) => !companies.has(id))
    .map(([field, id]) =>
      problem(UnknownCompany, record.path, field, { id, suggestion: closest(id, companies) }),
    );
}
