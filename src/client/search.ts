/**
 * The search page's only script: loads the Pagefind bundle the first time a query runs and
 * lists the results with their page type (記事 / 企業 / データ / 方法論). Runs in the
 * browser; nothing else on the site loads it.
 */

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
}

interface Pagefind {
  options(o: { baseUrl: string; excerptLength?: number }): Promise<void>;
  mergeIndex(bundle: string, o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** pagefind/shards.json: the bundles to merge into the first, relative to it. */
interface Shards {
  bundles?: string[];
}

let loaded: Promise<Pagefind> | undefined;

/**
 * Returns the Pagefind API from `bundle` (the URL of /pagefind/), importing it once, with the
 * other bundles of a large site (listed in its shards.json, see src/integrations/search-index.ts)
 * merged in, so one search covers every page.
 */
function pagefind(bundle: string): Promise<Pagefind> {
  loaded ??= (async () => {
    const baseUrl = bundle.replace(/pagefind\/$/, '');
    const none: Shards = {};
    const [pf, shards] = await Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
      fetch(`${bundle}shards.json`).then(
        (r): Shards | Promise<Shards> => (r.ok ? (r.json() as Promise<Shards>) : none),
        () => none,
      ),
    ]);
    await pf.options({ baseUrl, excerptLength: 40 });
    const root = new URL(bundle, location.href);
    for (const other of shards.bundles ?? [])
      await pf.mergeIndex(new URL(other, root).pathname, { baseUrl });
    return pf;
  })();
  return loaded;
}

/** One search: the Pagefind bundle URL, the query, and the elements that show the outcome. */
export interface SearchRun {
  bundle: string;
  q: string;
  status: HTMLElement;
  list: HTMLOListElement;
}

const LIMIT = 20;
let latest = 0;

/**
 * Runs query `q` and replaces the contents of `list` with up to 20 results, saying in `status`
 * how many were found; a newer call wins over a slower older one.
 */
export async function runSearch(o: SearchRun): Promise<void> {
  const q = o.q.trim();
  const mine = ++latest;
  if (!q) {
    o.status.textContent = '';
    o.list.replaceChildren();
    return;
  }
  o.status.textContent = '検索しています…';
  try {
    const pf = await pagefind(o.bundle);
    const found = await pf.search(q);
    const hits = await Promise.all((found?.results ?? []).slice(0, LIMIT).map((r) => r.data()));
    if (mine !== latest) return;
    o.status.textContent =
      hits.length === 0
        ? `「${q}」に一致するページはありません。`
        : `「${q}」: ${found?.results.length ?? 0}件${hits.length < (found?.results.length ?? 0) ? `(上位${hits.length}件を表示)` : ''}`;
    o.list.replaceChildren(...hits.map(item));
  } catch (e) {
    console.error(e);
    if (mine !== latest) return;
    o.status.textContent = '検索を読み込めませんでした。一覧ページからたどってください。';
  }
}

function item(hit: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = hit.meta.type ?? 'ページ';
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.meta.title ?? hit.url;
  const p = document.createElement('p');
  p.className = 'excerpt';
  // Pagefind escapes page text and adds only <mark> around matches.
  p.innerHTML = hit.excerpt;
  li.append(type, a, p);
  return li;
}
