import { describe, expect, it } from 'vitest';
import {
  breadcrumbLd,
  datasetLd,
  newsArticleLd,
  organizationLd,
  websiteLd,
} from '../../../src/lib/seo/json-ld';
import { checkJsonLd, checkNode } from '../../../src/lib/seo/schema-check';

const article = newsArticleLd({
  title: 'xAIの200億ドル調達',
  description: '要約',
  url: 'https://example.org/articles/x/',
  image: 'https://example.org/og/articles/x.png',
  date: '2025-10-08',
  author: 'ALLFORCES編集部',
});
const company = organizationLd({
  name: 'SoftBank Group',
  nameJa: 'ソフトバンクグループ',
  url: 'https://example.org/companies/softbank/',
  website: 'https://group.softbank',
  country: 'JP',
});
const dataset = datasetLd({
  title: '資金調達ラウンド',
  description: 'AI企業の資金調達',
  url: 'https://example.org/data/funding-rounds/',
  csv: 'https://example.org/data/funding-rounds.csv',
  json: 'https://example.org/data/funding-rounds.json',
  schema: 'https://example.org/data/funding-rounds.schema.json',
  records: 8,
});

describe('the JSON-LD builders emit nodes the checker accepts', () => {
  it.each([
    ['NewsArticle', article],
    ['Organization', company],
    ['Dataset', dataset],
    ['BreadcrumbList', breadcrumbLd([{ name: 'ホーム', url: 'https://example.org/' }])],
    ['WebSite', websiteLd('https://example.org/', 'https://example.org/search/')],
  ])('%s has no problems', (_type, node) => {
    expect(checkJsonLd(node)).toEqual([]);
  });
});

describe('newsArticleLd', () => {
  it('leaves datePublished out for an undated source instead of guessing', () => {
    const undated = newsArticleLd({ title: 't', url: 'https://e.org/a/' });
    expect(undated).not.toHaveProperty('datePublished');
    expect(checkJsonLd(undated)).toEqual([]);
  });
});

describe('datasetLd', () => {
  it('offers one DataDownload per format, with a licence and a creator', () => {
    const dist = dataset.distribution as { encodingFormat: string; contentUrl: string }[];
    expect(dist.map((d) => d.encodingFormat)).toEqual(['text/csv', 'application/json']);
    expect(dataset.license).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(dataset.creator).toMatchObject({ '@type': 'Organization' });
  });
});

describe('checkNode finds what schema.org would drop or reject', () => {
  it.each([
    [
      {
        '@type': 'NewsArticle',
        url: 'https://e.org/',
        publisher: { '@type': 'Organization', name: 'p' },
      },
      'NewsArticle needs headline',
    ],
    [
      { '@type': 'Organization', name: 'x', foundedDate: '2020' },
      'Organization does not allow foundedDate',
    ],
    [{ '@type': 'Organization', name: 'x', url: 'http://localhost:4321/' }, ''],
    [
      { '@type': 'Organization', name: 'x', url: '/companies/x/' },
      'expected an absolute http(s) URL',
    ],
    [
      {
        '@type': 'NewsArticle',
        headline: 'h',
        url: 'https://e.org/',
        publisher: { '@type': 'Organization' },
      },
      '$.publisher: Organization needs name',
    ],
    [
      {
        '@type': 'NewsArticle',
        headline: 'h',
        url: 'https://e.org/',
        publisher: { '@type': 'Organization', name: 'p' },
        datePublished: '2025年10月',
      },
      'expected an ISO 8601 date',
    ],
    [{ '@type': 'Product', name: 'x' }, 'type Product has no rule'],
    [{ name: 'x' }, 'missing @type'],
  ])('%j -> %s', (node, problem) => {
    const problems = checkNode(node as Record<string, unknown>);
    if (problem === '') expect(problems).toEqual([]);
    else expect(problems.join('\n')).toContain(problem);
  });

  it('checkJsonLd requires the schema.org context on every top-level node', () => {
    expect(checkJsonLd([{ '@type': 'Organization', name: 'x' }, company])).toEqual([
      '$[0]: @context must be https://schema.org',
    ]);
  });
});
