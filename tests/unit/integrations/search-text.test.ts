import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../../src/integrations/search-text';

/** A record table block as DataTable writes it. */
const table = (rows: string) =>
  `<div class="table-scroll" tabindex="0" role="region" aria-label="表"><table><tbody>${rows}</tbody></table></div>`;

describe('searchableHtml', () => {
  it('drops every svg and keeps the text around it', () => {
    const html =
      '<p>前</p><svg viewBox="0 0 1 1"><text>図の文字</text></svg><p>後</p><svg><g/></svg>';
    expect(searchableHtml(html)).toBe('<p>前</p><p>後</p>');
  });

  it('drops an svg with another svg inside it whole', () => {
    const html = '<p>a</p><svg><svg><text>内</text></svg><text>外</text></svg><p>b</p>';
    expect(searchableHtml(html)).toBe('<p>a</p><p>b</p>');
  });

  it('drops a record table block and keeps what follows', () => {
    const html = `<h2>資金調達</h2>${table('<tr><td>OpenAI</td><td>66億ドル</td></tr>')}<p>出典</p>`;
    expect(searchableHtml(html)).toBe('<h2>資金調達</h2><p>出典</p>');
  });

  it('leaves a table-scroll block that holds no table to the selectors', () => {
    const html = '<div class="table-scroll"><p>表ではない</p></div>';
    expect(searchableHtml(html)).toBe(html);
  });

  it('leaves a block with a table inside its table to the selectors', () => {
    const html =
      '<div class="table-scroll"><table><tr><td><table><tr><td>x</td></tr></table></td></tr></table></div>';
    expect(searchableHtml(html)).toBe(html);
  });

  it('leaves an svg that never closes in', () => {
    const html = '<p>a</p><svg><text>b</text>';
    expect(searchableHtml(html)).toBe(html);
  });

  it('does not take <svgfoo> or words beginning with svg for an svg', () => {
    const html = '<p>svgの話</p><svgfoo>x</svgfoo>';
    expect(searchableHtml(html)).toBe(html);
  });

  it('returns a page with nothing to drop unchanged', () => {
    const html = '<html lang="ja"><body><main data-pagefind-body><p>本文</p></main></body></html>';
    expect(searchableHtml(html)).toBe(html);
  });

  it('handles both kinds in one page, in either order', () => {
    const html = `${table('<tr><td>1</td></tr>')}<p>x</p><svg></svg><p>y</p>${table('')}`;
    expect(searchableHtml(html)).toBe('<p>x</p><p>y</p>');
  });
});
