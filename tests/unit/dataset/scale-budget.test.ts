/**
 * The page budget and bounded-marks rule at 1,000 rounds: a corpus from the bench generator,
 * parsed in memory with the registry's schemas, goes through the same view-model functions and
 * chart layouts the build uses. Whatever the corpus size, no chart may draw more than 2,000 SVG
 * elements, no dataset page more than PAGE_SIZE rows and no directory page more than
 * DIRECTORY_PAGE names; a change that lets a page grow with the data fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../../scripts/bench/corpus';
import { layoutNetwork } from '../../../src/lib/charts/network-layout';
import { renderNetwork } from '../../../src/lib/charts/network-render';
import { renderBoth } from '../../../src/lib/charts/responsive';
import { layoutRounds } from '../../../src/lib/charts/rounds-layout';
import { renderRounds } from '../../../src/lib/charts/rounds-render';
import { layoutTimeline } from '../../../src/lib/charts/timeline-layout';
import { renderTimeline } from '../../../src/lib/charts/timeline-render';
import { usdConverter, type SeriesContext } from '../../../src/lib/data/series/context';
import { NETWORK_LIMIT } from '../../../src/lib/data/series/network-bound';
import { prepareNetwork } from '../../../src/lib/data/series/network';
import { prepareRounds } from '../../../src/lib/data/series/rounds';
import { prepareTimeline } from '../../../src/lib/data/series/timeline';
import { tableOf } from '../../../src/lib/data/tables';
import type { DataBundle } from '../../../src/lib/dataset/bundle';
import { DIRECTORY_PAGE, directoryKinds, kindPage } from '../../../src/lib/dataset/directory';
import { nameLookup, recordsForCompany } from '../../../src/lib/dataset/joins';
import { PAGE_SIZE, pageCount, pageSlice, recordPath } from '../../../src/lib/dataset/paging';
import { DATASETS } from '../../../src/lib/dataset/registry';
import { loadFxTable } from '../../../src/lib/money';
import { companyCharts } from '../../../src/lib/nav/company-charts';

const MAX_SVG_ELEMENTS = 2000;
const fx = readFileSync(join(import.meta.dirname, '../../../data/fx-rates.yaml'), 'utf8');
const corpus = generateCorpus({ rounds: 1000, companies: 269, deals: 1116, articles: 55 }, 7, fx);

const data = Object.fromEntries(
  DATASETS.map((d) => {
    const prefix = `data/${d.name}/`;
    const records = corpus.files
      .filter((f) => f.path.startsWith(prefix) && f.path.endsWith('.yaml'))
      .map((f) => ({
        id: f.path.slice(prefix.length, -'.yaml'.length),
        ...(d.schema.parse(parse(f.text)) as object),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return [d.collection, records];
  }),
) as DataBundle;

const ctx: SeriesContext = {
  name: nameLookup(data.companies),
  usd: usdConverter(loadFxTable(fx)),
  article: (slug) => slug,
};

const elements = (svg: string) => svg.match(/<[a-zA-Z]/g)?.length ?? 0;

const largest = [...data.companies].sort(
  (a, b) => recordsForCompany(data, b.id).length - recordsForCompany(data, a.id).length,
)[0]!;

describe('at 1,000 rounds', () => {
  it('generates the corpus it is meant to test', () => {
    expect(data.fundingRounds.length).toBe(1000);
    expect(data.deals.length).toBeGreaterThan(1000);
  });

  it('draws the whole money network within the element budget, the rest as その他', () => {
    const series = prepareNetwork(data.deals, ctx);
    expect(series.links).toHaveLength(NETWORK_LIMIT + 1);
    const { wide, narrow } = renderBoth(series, layoutNetwork, renderNetwork, {
      id: 'n',
      title: 'all',
    });
    expect(elements(wide)).toBeLessThanOrEqual(MAX_SVG_ELEMENTS);
    expect(elements(narrow)).toBeLessThanOrEqual(MAX_SVG_ELEMENTS);
  });

  it('draws every rounds and timeline chart of the largest company within the budget', () => {
    const charts = companyCharts(data, largest.id, largest.name);
    expect(charts.length).toBeGreaterThan(0);
    for (const use of charts) {
      const filter = {
        companies: use.props.companies as string[],
        ids: use.props.ids as string[] | undefined,
      };
      const svg =
        use.component === 'RoundsChart'
          ? renderBoth(prepareRounds(data.fundingRounds, ctx, filter), layoutRounds, renderRounds, {
              id: 'r',
              title: 't',
            })
          : use.component === 'FundingTimeline'
            ? renderBoth(
                prepareTimeline(data.fundingRounds, ctx, filter),
                layoutTimeline,
                renderTimeline,
                { id: 't', title: 't' },
              )
            : use.component === 'MoneyNetwork'
              ? renderBoth(
                  prepareNetwork(data.deals, ctx, filter.companies),
                  layoutNetwork,
                  renderNetwork,
                  { id: 'm', title: 't' },
                )
              : undefined;
      if (!svg) continue;
      expect(elements(svg.wide), use.component).toBeLessThanOrEqual(MAX_SVG_ELEMENTS);
      expect(elements(svg.narrow), use.component).toBeLessThanOrEqual(MAX_SVG_ELEMENTS);
    }
  });

  it('splits every dataset table into pages of at most PAGE_SIZE rows, each record on one', () => {
    for (const d of DATASETS) {
      const records = data[d.collection] as { id: string }[];
      const pages = pageCount(records.length);
      let seen = 0;
      for (let p = 1; p <= pages; p++) {
        const slice = pageSlice(records, p);
        expect(slice.length).toBeLessThanOrEqual(PAGE_SIZE);
        seen += slice.length;
      }
      expect(seen).toBe(records.length);
    }
    const last = data.fundingRounds.at(-1)!;
    const page = pageCount(data.fundingRounds.length);
    expect(recordPath('funding-rounds', data.fundingRounds, last.id)).toBe(
      `data/funding-rounds/page/${page}/#${last.id}`,
    );
    const rows = tableOf('fundingRounds', pageSlice(data.fundingRounds, 2), ctx.name).rows;
    expect(rows.length).toBe(PAGE_SIZE);
  });

  it('lists companies on /companies/ and kind pages of at most DIRECTORY_PAGE names', () => {
    const counts = new Map(data.companies.map((c) => [c.id, recordsForCompany(data, c.id).length]));
    const kinds = directoryKinds(data.companies, counts);
    expect(kinds.reduce((n, k) => n + k.count, 0)).toBe(data.companies.length);
    for (const k of kinds) {
      expect(k.shown.length).toBeLessThanOrEqual(DIRECTORY_PAGE);
      for (let p = 1; p <= k.pages; p++) {
        const names = kindPage(data.companies, k.kind, p).flatMap((g) => g.companies);
        expect(names.length).toBeLessThanOrEqual(DIRECTORY_PAGE);
      }
    }
  });
});
