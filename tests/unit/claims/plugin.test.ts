import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/lib/claims/claims';
import { claimCuts } from '../../../src/lib/claims/cuts';
import { loadClaims } from '../../../src/lib/claims/load';
import { claimKey, claimMarkPlugins } from '../../../src/lib/claims/plugin';
import { bodyParagraphs, containsWhole } from '../../../src/lib/validate/quotes';

const claim = (id: string, quote: string, verdict?: Claim['verdict']): Claim => ({
  dataset: 'funding-rounds',
  id,
  quote,
  datasetTitle: '資金調達ラウンド',
  verdict,
});

function html(md: string, claims: Claim[], marked?: Set<string>): string {
  return (
    markdownToHtml(md, {
      hastPlugins: claimMarkPlugins(claims, '/atlas/', marked),
    }) as MarkdownToHtmlResult
  ).html;
}

describe('claimCuts(raw, claims)', () => {
  it('cuts just after the quote, found in normal form (full-width digits)', () => {
    const raw = '前文。ＯｐｅｎＡＩは１０００億ドルを調達。後半';
    const [cut] = claimCuts(raw, [claim('a', 'OpenAIは1000億ドルを調達。')]);
    expect(raw.slice(0, cut?.at)).toBe('前文。ＯｐｅｎＡＩは１０００億ドルを調達。');
  });

  it('never cuts inside a longer number: 50億ドル is not in 150億ドル', () => {
    expect(claimCuts('総額150億ドル。', [claim('a', '50億ドル')])).toEqual([]);
  });
});

describe('claimMarkPlugins(claims, base)', () => {
  it('puts a link to the record after the quoted sentence, inside the paragraph', () => {
    const out = html('前文。1000億ドルの調達。後半。\n', [claim('openai-x', '1000億ドルの調達。')]);
    expect(out).toBe(
      '<p>前文。1000億ドルの調達。<a class="claim" href="/atlas/data/funding-rounds/#openai-x" title="記録: 資金調達ラウンド「openai-x」">[記録]</a>後半。</p>\n',
    );
  });

  it('shows a verdict as a glyph and a word, with the primary figure in the title', () => {
    const out = html('124兆円の調達。\n', [
      claim('h', '124兆円の調達。', {
        verdict: 'contradicted',
        word: '一次資料と相違',
        primary: '1000億ドル',
      }),
    ]);
    expect(out).toContain('class="claim claim-contradicted"');
    expect(out).toContain('>[×一次資料と相違]</a>');
    expect(out).toContain('照合結果: 一次資料と相違(一次資料では1000億ドル)');
  });

  it('marks a quote that spans emphasis at the end of its paragraph', () => {
    const out = html('xAIは*巨額*の200億ドルを調達した。次。\n', [
      claim('x', 'xAIは巨額の200億ドルを調達した。'),
    ]);
    expect(out).toMatch(/次。<a class="claim" [^>]+>\[記録\]<\/a><\/p>/);
  });

  it('never nests a mark inside a link, and keeps source markup as text', () => {
    const out = html('[200億ドル](https://example.org/)の調達 &lt;b&gt;\n', [
      claim('x', '200億ドル'),
    ]);
    expect(out).not.toMatch(/<a [^>]*>[^<]*<a /);
    expect(out).toContain('&lt;b&gt;');
  });

  it('escapes what a record id or title could carry into attributes', () => {
    const c = { ...claim('x', '一文。'), datasetTitle: '"><script>' };
    const out = html('一文。\n', [c]);
    expect(out).toContain('title="記録: &quot;>');
    // Outside attribute values there is no element but the paragraph and the mark.
    expect(out.replace(/"[^"]*"/g, '""')).not.toContain('<script');
  });
});

describe('every article marks each figure it is cited for (real data)', () => {
  const root = join(import.meta.dirname, '../../..');
  const claims = loadClaims(join(root, 'data'));
  const dir = join(root, 'content/articles');
  const slugs = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));

  it.each(slugs)('%s: every quote in the body gets one mark', (slug) => {
    const mdx = readFileSync(join(dir, `${slug}.mdx`), 'utf8');
    const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
    const mine = claims.get(slug) ?? [];
    const paragraphs = bodyParagraphs(body);
    const expected = mine.filter((c) => paragraphs.some((p) => containsWhole(p, c.quote)));
    const marked = new Set<string>();
    const js = (
      mdxToJs(body, { hastPlugins: claimMarkPlugins(mine, '/', marked) }) as MdxToJsResult
    ).code;
    expect(expected.length).toBeGreaterThan(0);
    expect([...marked].sort()).toEqual(expected.map(claimKey).sort());
    expect(js.match(/className: "claim/g)?.length ?? 0).toBe(expected.length);
  });
});
