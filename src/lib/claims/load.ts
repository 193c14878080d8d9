import { dirname } from 'node:path';
import { DATASETS } from '../dataset/registry';
import { CheckSchema } from '../../schemas/checks';
import { loadDatasetRecords } from '../validate/load';
import { verdictWord } from '../verdicts';
import { articleClaims, type CitingRecord, type Claim, type ClaimVerdict } from './claims';

// The build's own read path for data/ (the lister, capped reader and YAML reader validation
// uses), so a mark never reads a file differently from the page that lists its record.
function yamlFiles(dataDir: string, dataset: string): { id: string; data: unknown }[] {
  return loadDatasetRecords(dirname(dataDir), dataset);
}

function citations(data: unknown): CitingRecord['sources'] {
  const sources = (data as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((s: unknown) => {
    const { article, quote } = (s ?? {}) as { article?: unknown; quote?: unknown };
    return typeof article === 'string' && typeof quote === 'string' ? [{ article, quote }] : [];
  });
}

/**
 * Returns the verdict of each checked record keyed `<dataset>/<id>` from `dataDir`/checks: the
 * check of its main figure (amount, else the first field checked), with the primary figure.
 */
export function loadVerdicts(dataDir: string): Map<string, ClaimVerdict> {
  const out = new Map<string, ClaimVerdict & { field: string }>();
  for (const { data } of yamlFiles(dataDir, 'checks')) {
    const parsed = CheckSchema.safeParse(data);
    if (!parsed.success) continue; // the validator reports it; a mark never guesses
    const c = parsed.data;
    const had = out.get(c.record);
    if (had && (had.field === 'amount' || c.field !== 'amount')) continue;
    out.set(c.record, {
      field: c.field,
      verdict: c.verdict,
      word: verdictWord(c.verdict),
      // An unverified check's figure is what was looked for, not what a source gives.
      primary: c.verdict === 'unverified' ? undefined : c.figure?.text,
    });
  }
  return new Map(
    [...out].map(([k, { verdict, word, primary }]) => [k, { verdict, word, primary }]),
  );
}

/**
 * Returns every article's claims from the figure datasets' YAML records under `dataDir` (not
 * companies, whose quotes name a company rather than state a figure), with their verdicts.
 */
export function loadClaims(dataDir: string): Map<string, Claim[]> {
  const verdicts = loadVerdicts(dataDir);
  const records: CitingRecord[] = DATASETS.filter((d) => d.figures).flatMap((d) =>
    yamlFiles(dataDir, d.name).map(({ id, data }) => ({
      dataset: d.name,
      datasetTitle: d.title,
      id,
      sources: citations(data),
    })),
  );
  return articleClaims(records, (dataset, id) => verdicts.get(`${dataset}/${id}`));
}
