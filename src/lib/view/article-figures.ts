import { FIGURE_DATASETS, type DataBundle, type FigureDataset } from '../dataset/bundle';
import { nameLookup, recordsCitingArticle } from '../dataset/joins';
import { tableOf, type Cell } from '../data/tables';

/** One figure record as an article lists it: its non-empty cells and the quotes from this article. */
export interface ArticleFigure {
  id: string;
  parts: { label: string; cell: Cell }[];
  quotes: string[];
}

/** The figures an article is the source of, grouped by dataset in registry order. */
export interface ArticleFigures {
  count: number;
  groups: { info: FigureDataset; items: ArticleFigure[] }[];
}

/** Returns the figure records citing article `slug`, each reduced to its filled-in cells. */
export function articleFigures(data: DataBundle, slug: string): ArticleFigures {
  const name = nameLookup(data.companies);
  const cited = recordsCitingArticle(data, slug);
  const groups = FIGURE_DATASETS.flatMap((info) => {
    const records = cited.filter((c) => c.collection === info.collection).map((c) => c.record);
    if (records.length === 0) return [];
    const table = tableOf(info.collection, records, name);
    const items = table.rows.map((row) => ({
      id: row.id,
      parts: row.cells
        .map((cell, i) => ({ label: table.columns[i]?.label ?? '', cell }))
        .filter((p) => p.cell.text !== '—'),
      quotes: row.sources.filter((s) => s.article === slug).map((s) => s.quote),
    }));
    return [{ info, items }];
  });
  return { count: cited.length, groups };
}
