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
  /** One table per figure dataset that involves the company, in registry order. */
  sections: { info: FigureDataset; table: Table; caption: string }[];
  /** Articles whose text names the company, with up to three sentences each. */
  mentions: { id: string; title: string; quotes: string[] }[];
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
      { info, table: tableOf(info.collection, mine, name), caption: `${display}の${info.title}` },
    ];
  });
  // One scan of all articles per build (memoised on the arrays), not one per company page.
  const mentions = mentionIndex(articles, data.companies).byCompany.get(id) ?? [];
  return {
    company,
    display,
    profile: profileOf(company),
    charts: companyCharts(data, id, display),
    sections,
    mentions,
  };
}
