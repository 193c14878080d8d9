import { FIGURE_DATASETS, type DataBundle } from '../dataset/bundle';
import { recordsCitingArticle } from '../dataset/joins';
import type { CheckRecord } from './select';

/** What an article page says at its top about the checks of its figures. */
export interface ArticleCheckSummary {
  /** Figures of the article (record fields) compared with a source. */
  checked: number;
  /** Of those, how many the source contradicts. */
  contradicted: number;
  /** Partly different, or superseded later. */
  qualified: number;
  /** Inconsistencies found within the article itself. */
  internal: number;
}

/**
 * Returns the check counts of an article: the primary checks of records citing it
 * (`recordKeys`, `<dataset>/<id>`) and the internal checks naming it.
 */
export function articleCheckSummary(
  checks: readonly CheckRecord[],
  slug: string,
  recordKeys: ReadonlySet<string>,
): ArticleCheckSummary {
  const primary = checks.filter((c) => c.kind === 'primary' && recordKeys.has(c.record));
  return {
    checked: primary.filter((c) => c.verdict !== 'unverified').length,
    contradicted: primary.filter((c) => c.verdict === 'contradicted').length,
    qualified: primary.filter((c) => c.verdict === 'partly' || c.verdict === 'stale').length,
    internal: checks.filter((c) => c.kind === 'internal' && c.article === slug).length,
  };
}

/** Returns the one-line Japanese summary an article shows at its top, or undefined with no checks. */
export function articleCheckLine(s: ArticleCheckSummary): string | undefined {
  if (s.checked === 0 && s.internal === 0) return undefined;
  const found = s.contradicted > 0 ? `${s.contradicted}件が資料と相違` : '資料と相違するものはなし';
  const parts = [`この記事の数字のうち${s.checked}件を一次資料などと照合し、${found}`];
  if (s.qualified > 0) parts.push(`${s.qualified}件が一部相違または古い情報`);
  if (s.internal > 0) parts.push(`記事内の食い違い${s.internal}件`);
  return `${parts.join('、')}。`;
}

/** Returns the keys (`<dataset>/<id>`) of the figure records citing article `slug`. */
export function articleRecordKeys(bundle: DataBundle, slug: string): Set<string> {
  const names = new Map(FIGURE_DATASETS.map((d) => [d.collection as string, d.name]));
  return new Set(
    recordsCitingArticle(bundle, slug).map((t) => `${names.get(t.collection)}/${t.record.id}`),
  );
}
