import {
  FIGURE_DATASETS,
  type DataBundle,
  type FigureDataset,
  type RecordOf,
} from '../dataset/bundle';
import { companyIndex, nameLookup, recordsForCompany } from '../dataset/joins';
import { countryName, labelOf } from '../dataset/labels';
import { mentionIndex } from '../data/mention-index';
import { tableOf, type Table } from '../data/tables';
import { companyCharts } from '../nav/company-charts';
import { recordListing, type RecordListing } from './chart-listing';
import type { ChartUse } from '../nav/chart-catalogue';
import { formatDateJa } from '../site/dates';
import { safeHref } from '../../schemas/url';

/** One line of a company's profile: a term and its value, optionally a link or in English. */
export interface ProfileLine {
  term: string;
  text: string;
  href?: string;
  lang?: string;
}

/** Everything /companies/<id>/ shows, joined and decided here so the page only renders. */
export interface CompanyPage {
  company: RecordOf<'companies'>;
  /** The name the page uses: name_ja, else name. */
  display: string;
  profile: ProfileLine[];
  /** The charts drawn, in page order, with their titles (the rule of lib/nav/company-charts). */
  charts: ChartUse[];
  /** One table per figure dataset that involves the company, in registry order; `anchor` is
   * the id of its section. */
  sections: { info: FigureDataset; table: Table; caption: string; anchor: string }[];
  /** The records the sections list in full, so the charts above them need not repeat them. */
  listing: RecordListing;
  /**
   * Articles whose text names the company, with up to three sentences each; a sentence the
   * tables above already quote as a record's source is left out and that record named in
   * `cited` instead, so the page prints it once.
   */
  mentions: { id: string; title: string; quotes: string[]; cited: string[] }[];
}

/** An article as the company page searches it: slug, title and MDX body. */
export interface ArticleText {
  id: string;
  title: string;
  body: string;
}

function profileOf(c: RecordOf<'companies'>): ProfileLine[] {
  return [
    ...(c.name_ja && c.name_ja !== c.name ? [{ term: '英語表記', text: c.name, lang: 'en' }] : []),
    { term: '種類', text: labelOf(c.kind) },
    { term: '国', text: countryName(c.country) },
    ...(c.founded ? [{ term: '設立', text: formatDateJa(c.founded) }] : []),
    ...(c.aliases?.length ? [{ term: '別名', text: c.aliases.join('、') }] : []),
    ...(safeHref(c.website)
      ? [{ term: 'ウェブサイト', text: c.website!.replace(/^https?:\/\//, ''), href: c.website }]
      : []),
  ];
}

/**
 * Returns the view model of company `id`'s page from the build's bundle and articles, or
 * undefined when no company has that id.
 */
export function companyPage(
  data: DataBundle,
  id: string,
  articles: readonly ArticleText[],
): CompanyPage | undefined {
  const company = companyIndex(data.companies).get(id);
  if (!company) return undefined;
  const display = company.name_ja ?? company.name;
  const name = nameLookup(data.companies);
  const records = recordsForCompany(data, id);
  const sections = FIGURE_DATASETS.flatMap((info) => {
    const mine = records.filter((r) => r.collection === info.collection).map((r) => r.record);
    if (mine.length === 0) return [];
    return [
      {
        info,
        table: tableOf(info.collection, mine, name),
        caption: `${display}の${info.title}`,
        anchor: `records-${info.name}`,
      },
    ];
  });
  // One scan of all articles per build (memoised on the arrays), not one per company page.
  const found = mentionIndex(articles, data.companies).byCompany.get(id) ?? [];
  const quotedBy = new Map<string, string[]>();
  for (const row of sections.flatMap((s) => s.table.rows))
    for (const c of row.sources) {
      const key = `${c.article}\n${c.quote}`;
      quotedBy.set(key, [...(quotedBy.get(key) ?? []), row.id]);
    }
  const mentions = found.map((m) => {
    const cited = m.quotes.flatMap((q) => quotedBy.get(`${m.id}\n${q}`) ?? []);
    // An article that repeats a sentence word for word shows it once.
    const quotes = [...new Set(m.quotes)].filter((q) => !quotedBy.has(`${m.id}\n${q}`));
    return { ...m, quotes, cited: [...new Set(cited)] };
  });
  return {
    company,
    display,
    profile: profileOf(company),
    charts: companyCharts(data, id, display),
    sections,
    listing: recordListing(sections.map((s) => ({ ...s, title: s.info.title }))),
    mentions,
  };
}
