import { mentionsIn } from '../data/mentions';

/** The names a company goes by, as the company record lists them. */
export interface NamedCompany {
  id: string;
  name: string;
  name_ja?: string | undefined;
  aliases?: readonly string[] | undefined;
}

/**
 * Returns the ids of the companies whose name, Japanese name or an alias occurs in the article
 * body `mdx`, in the order of `companies`.
 */
export function companiesMentioned(mdx: string, companies: readonly NamedCompany[]): string[] {
  return companies
    .filter((c) => {
      const names = [c.name, c.name_ja, ...(c.aliases ?? [])].filter((n): n is string => !!n);
      return mentionsIn(mdx, names, 1).length > 0;
    })
    .map((c) => c.id);
}
