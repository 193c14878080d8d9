import { describe, expect, it } from 'vitest';
import { realData } from '../../fixtures/charts/real';
import { recordsForCompany } from '../../../src/lib/dataset/joins';
import { companyPage } from '../../../src/lib/view/company-page';

const ARTICLES = [
  { id: 'one', title: '記事1', body: '# 見出し\n\n某大規模言語モデル企業が調達した。別の話題。\n' },
  { id: 'two', title: '記事2', body: 'Googleが出資した。\n' },
];

describe('companyPage(data, id, articles)', () => {
  it('is undefined for an id no company has', () => {
    expect(companyPage(realData, 'no-such-company', ARTICLES)).toBeUndefined();
  });

  it('lists the profile in page order, the website as a link without its scheme', () => {
    const page = companyPage(realData, 'anthropic', ARTICLES)!;
    expect(page.display).toBe('Anthropic');
    expect(page.profile.map((l) => l.term)).toEqual(['種類', '国', '別名', 'ウェブサイト']);
    expect(page.profile.at(-1)).toEqual({
      term: 'ウェブサイト',
      text: 'www.anthropic.com',
      href: 'https://www.anthropic.com',
    });
  });

  it('renders no link for a website that is not http(s), even if it reached the data', () => {
    const hostile = structuredClone(realData);
    const company = hostile.companies.find((c) => c.id === 'anthropic')!;
    company.website = 'javascript:alert(1)';
    const page = companyPage(hostile, 'anthropic', ARTICLES)!;
    expect(page.profile.map((l) => l.term)).not.toContain('ウェブサイト');
    expect(page.profile.filter((l) => 'href' in l)).toEqual([]);
  });

  it('has one table per figure dataset naming the company, in registry order', () => {
    const page = companyPage(realData, 'xai', ARTICLES)!;
    expect(page.sections.map((s) => s.info.name)).toEqual([
      'funding-rounds',
      'deals',
      'gpu-clusters',
    ]);
    const ids = recordsForCompany(realData, 'xai').map((r) => r.record.id);
    expect(page.sections.flatMap((s) => s.table.rows.map((r) => r.id)).sort()).toEqual(ids.sort());
    expect(page.sections[0]?.caption).toBe(`${page.display}の資金調達ラウンド`);
  });

  it('anchors each section at records-<dataset> and lists its records for the charts above', () => {
    const page = companyPage(realData, 'xai', ARTICLES)!;
    expect(page.sections.map((s) => s.anchor)).toEqual([
      'records-funding-rounds',
      'records-deals',
      'records-gpu-clusters',
    ]);
    expect(page.listing.sections.map((s) => s.title)).toEqual(
      page.sections.map((s) => s.info.title),
    );
    const ids = page.sections.flatMap((s) => s.table.rows.map((r) => r.id));
    expect([...page.listing.rows.keys()].sort()).toEqual([...ids].sort());
    const round = page.sections[0]!.table.rows[0]!;
    const amount = round.cells.find((c) => c.numeric)!;
    expect(page.listing.rows.get(round.id)?.values).toContain(amount.text);
  });

  it('draws rounds, timeline, network and GPU charts only where the company has the records', () => {
    expect(companyPage(realData, 'xai', ARTICLES)!.charts.map((c) => c.component)).toEqual([
      'RoundsChart',
      'FundingTimeline',
      'MoneyNetwork',
      'GpuChart',
    ]);
    expect(companyPage(realData, 'microsoft', ARTICLES)!.charts).toEqual([]);
  });

  it('finds the articles that name the company by any alias, quoting the sentences', () => {
    expect(companyPage(realData, 'anthropic', ARTICLES)!.mentions).toEqual([
      { id: 'one', title: '記事1', quotes: ['某大規模言語モデル企業が調達した。'], cited: [] },
    ]);
  });

  it('names the record instead of repeating a sentence the tables quote as its source', () => {
    const round = realData.fundingRounds.find(
      (r) => r.company === 'anthropic' && r.sources.some((s) => s.quote.includes('Anthropic')),
    )!;
    const source = round.sources.find((s) => s.quote.includes('Anthropic'))!;
    const other = 'Anthropicは別の話もした。';
    const page = companyPage(realData, 'anthropic', [
      { id: source.article, title: '出典記事', body: `${source.quote}\n\n${other}${other}\n` },
    ])!;
    expect(page.mentions).toHaveLength(1);
    // The sentence the article repeats is quoted once.
    expect(page.mentions[0]!.quotes).toEqual([other]);
    expect(page.mentions[0]!.cited).toContain(round.id);
    // The same sentence in an article the record does not cite is still quoted.
    const elsewhere = companyPage(realData, 'anthropic', [
      { id: 'not-a-source', title: '別の記事', body: `${source.quote}\n` },
    ])!;
    expect(elsewhere.mentions[0]).toMatchObject({ quotes: [source.quote], cited: [] });
  });

  it('has no sections and no charts for a company no record involves', () => {
    const page = companyPage(realData, 'apple', ARTICLES)!;
    expect(page.sections).toEqual([]);
    expect(page.charts).toEqual([]);
  });
});
