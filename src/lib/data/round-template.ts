/** Fields an editor may pre-fill when scaffolding a funding-round file. */
export interface RoundDraft {
  company?: string;
  date?: string;
  amount?: string;
  article?: string;
}

const q = (s: string) => JSON.stringify(s);

/** Returns the YAML text of a new funding-round file, every field present and explained. */
export function roundTemplate(d: RoundDraft): string {
  return `# A funding round. The file name is the record id. Check it with: npm run validate -- <this file>
company: ${d.company ?? 'company-id'}   # id of a file in data/companies/
round: シリーズX                         # optional, as reported; delete if the article gives none
status: announced                        # rumored | in-talks | announced | closed
date: ${q(d.date ?? 'YYYY-MM')}                         # YYYY, YYYY-MM or YYYY-MM-DD, as precise as the article
# date_basis: reported                  # only if the article gives no date and date is when it was reported
amount: ${d.amount ?? '0億ドル'}                         # as the article writes it: 150億ドル, 最大125億ドル, 約2.2兆円
# valuation: 3500億ドル                   # post-money, optional
# investors: [google, amazon]           # company ids or plain names, optional
# lead_investors: []
# instruments: {equity: 約75億ドル, debt: 最大125億ドル}
sources:
  - article: ${d.article ?? 'article-slug'}   # a file name in content/articles/ without .mdx
    quote: "paste the sentence with the figure, verbatim"
# notes: an editor's note (conflicts with other reports, how the date was chosen)
`;
}
