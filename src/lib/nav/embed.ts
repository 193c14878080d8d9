/** The absolute URLs an embed snippet needs, and the chart's title. */
export interface EmbedTarget {
  title: string;
  embed: string;
  page: string;
  png: string;
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Returns the two snippets a chart page offers: an <iframe> of the embed view (full width,
 * capped at 720 px, tall enough for the wide layout plus title and source line) and a linked
 * static PNG for places that strip iframes.
 */
export function embedSnippets(t: EmbedTarget): { iframe: string; image: string } {
  const title = attr(t.title);
  return {
    iframe: `<iframe src="${attr(t.embed)}" title="${title}" loading="lazy" style="width:100%;max-width:720px;height:600px;border:0"></iframe>`,
    image: `<a href="${attr(t.page)}"><img src="${attr(t.png)}" alt="${title}(AI資本アトラス)" width="1280" style="width:100%;max-width:720px;height:auto"></a>`,
  };
}
