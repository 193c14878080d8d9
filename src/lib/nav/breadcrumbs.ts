/** One step of a breadcrumb trail: a label and a path under the site's base. */
export interface Crumb {
  label: string;
  /** Path relative to the base path, e.g. 'articles/'; '' is the home page. */
  path: string;
}

const SECTIONS: Readonly<Record<string, string>> = {
  articles: '記事',
  companies: '企業',
  data: 'データ',
  charts: '図表',
  tags: 'タグ',
};

/**
 * Returns the trail from home to the page at `path` (relative to the base): home, then the
 * section (記事, 企業, データ, 図表, タグ) for pages inside one, then the page itself titled
 * `title`. A section's own index ends the trail at the section.
 */
export function breadcrumbs(path: string, title: string): Crumb[] {
  const parts = path.split('/').filter(Boolean);
  const trail: Crumb[] = [{ label: 'ホーム', path: '' }];
  const first = parts[0];
  const section = first ? SECTIONS[first] : undefined;
  if (first && section) {
    // /tags/ has no index page of its own; the article list shows every tag.
    trail.push({ label: section, path: first === 'tags' ? 'articles/#tags' : `${first}/` });
    if (parts.length > 1) trail.push({ label: title, path: `${parts.join('/')}/` });
  } else if (parts.length > 0) {
    trail.push({ label: title, path: `${parts.join('/')}/` });
  }
  return trail;
}
