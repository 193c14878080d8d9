import { DATA_LICENSE, SITE_NAME } from './site';
import { safeHref } from '../../schemas/url';

/** A JSON-LD node: a schema.org object with `@type`, ready for JSON.stringify. */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

const CONTEXT = 'https://schema.org';
const PUBLISHER = { '@type': 'Organization', name: SITE_NAME } as const;

/** What an article page knows about itself, as plain data. */
export interface ArticleLdInput {
  title: string;
  description?: string | undefined;
  url: string;
  image?: string | undefined;
  /** Partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD); absent when the source gives none. */
  date?: string | undefined;
  author?: string | undefined;
}

/**
 * Returns the NewsArticle node of an article; an undated source gets no datePublished rather
 * than a guessed one, and the original author (or publisher) becomes the author.
 */
export function newsArticleLd(a: ArticleLdInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: a.title,
    ...(a.description && { description: a.description }),
    url: a.url,
    inLanguage: 'ja',
    ...(a.image && { image: a.image }),
    ...(a.date && { datePublished: a.date }),
    ...(a.author && { author: [{ '@type': 'Organization', name: a.author }] }),
    publisher: PUBLISHER,
  };
}

/** What a company page knows about the company. */
export interface OrganizationLdInput {
  name: string;
  nameJa?: string | undefined;
  aliases?: readonly string[] | undefined;
  description?: string | undefined;
  /** The company page on this site. */
  url: string;
  /** The company's own website, when recorded. */
  website?: string | undefined;
  founded?: string | undefined;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
}

/** Returns the Organization node of a company page; the page is its @id, the website sameAs. */
export function organizationLd(c: OrganizationLdInput): JsonLd {
  const alternates = [c.nameJa, ...(c.aliases ?? [])].filter(
    (n): n is string => !!n && n !== c.name,
  );
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': c.url,
    name: c.name,
    ...(alternates.length > 0 && { alternateName: alternates }),
    ...(c.description && { description: c.description }),
    url: c.website ?? c.url,
    ...(c.website && { sameAs: [c.website] }),
    ...(c.founded && { foundingDate: c.founded }),
    address: { '@type': 'PostalAddress', addressCountry: c.country },
  };
}

/** What a dataset page knows: its names and the URLs of its page and downloads. */
export interface DatasetLdInput {
  title: string;
  description: string;
  url: string;
  /** Download URLs by format. */
  csv: string;
  json: string;
  schema?: string | undefined;
  /** Number of records, stated in the description's variableMeasured-free way. */
  records: number;
}

/**
 * Returns the Dataset node: one DataDownload per CSV/JSON file, the data licence and the
 * publication as creator.
 */
export function datasetLd(d: DatasetLdInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: d.title,
    description: `${d.description}(${d.records}件。引用文の権利は各出典記事の発行元にあります。)`,
    url: d.url,
    inLanguage: 'ja',
    isAccessibleForFree: true,
    license: DATA_LICENSE.url,
    creator: PUBLISHER,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: d.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: d.json },
    ],
    ...(d.schema && { subjectOf: { '@type': 'CreativeWork', url: d.schema } }),
  };
}

/** Returns the BreadcrumbList node for a trail of named absolute URLs, home first. */
export function breadcrumbLd(trail: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: t.name,
      item: t.url,
    })),
  };
}

/** Returns the WebSite node of the home page, with the site search as its SearchAction. */
export function websiteLd(home: string, search: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: SITE_NAME,
    url: home,
    inLanguage: 'ja',
    potentialAction: {
      '@type': 'SearchAction',
      target: `${search}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * Returns `nodes` as the text of a <script type="application/ld+json">, with `<` escaped so a
 * title cannot close the script element.
 */
export function jsonLdScript(nodes: readonly JsonLd[]): string {
  const body = nodes.length === 1 ? nodes[0] : nodes;
  return JSON.stringify(body).replace(/</g, '\\u003c');
}

/** The fields of a company record the Organization node reads. */
export interface CompanyRecord {
  name: string;
  name_ja?: string | undefined;
  aliases?: readonly string[] | undefined;
  description?: string | undefined;
  website?: string | undefined;
  founded?: string | undefined;
  country: string;
}

/** Returns the Organization node of a company record whose page is at absolute URL `url`. */
export function companyLd(c: CompanyRecord, url: string): JsonLd {
  return organizationLd({
    name: c.name,
    nameJa: c.name_ja,
    aliases: c.aliases,
    description: c.description,
    url,
    website: safeHref(c.website),
    founded: c.founded,
    country: c.country,
  });
}

/**
 * Returns the Dataset node of dataset `name` (its folder) with `records` records, given
 * `abs(path)`, which makes a path under the base absolute.
 */
export function datasetPageLd(
  d: { name: string; title: string; description: string },
  records: number,
  abs: (path: string) => string,
): JsonLd {
  return datasetLd({
    title: d.title,
    description: d.description,
    url: abs(`data/${d.name}/`),
    csv: abs(`data/${d.name}.csv`),
    json: abs(`data/${d.name}.json`),
    schema: abs(`data/${d.name}.schema.json`),
    records,
  });
}
