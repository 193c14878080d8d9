/**
 * The build step that marks quoted sentences in an article: a satteri HAST plugin pair. The
 * first pass splits text nodes just after each quote and inserts a mark there; the second
 * appends the mark to the end of the paragraph for a quote that spans markup (emphasis, a link)
 * and so lies in no single text node. Marks are built from record data only, in one fixed
 * element shape, so no article text ever becomes markup or code.
 */
import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { withBase } from '../site/url';
import { claimText, claimTitle, type Claim } from './claims';
import { claimCuts, splitAtCuts } from './cuts';
import { containsWhole } from '../validate/quotes';
import { normaliseText } from '../validate/normalise';

/** Elements whose text is never split: a mark inside a link or code would break them. */
const NO_MARK = new Set(['a', 'code', 'pre', 'script', 'style', 'title']);
/** Blocks that take a mark at their end when a quote spans markup. */
const BLOCKS = ['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt'];

/** Site-relative path of a record's row on its dataset page (which table page holds it). */
export type Permalink = (dataset: string, id: string) => string;

const firstPage: Permalink = (dataset, id) => `data/${dataset}/#${id}`;

/** Returns the mark element for `claim`: <a class="claim" href=…#id title=…>[記録]</a>. */
export function claimMark(claim: Claim, base: string, permalink: Permalink = firstPage): Element {
  const verdict = claim.verdict?.verdict;
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: verdict ? ['claim', `claim-${verdict}`] : ['claim'],
      href: withBase(base, permalink(claim.dataset, claim.id)),
      title: claimTitle(claim),
    },
    children: [{ type: 'text', value: claimText(claim) }],
  };
}

const key = (c: Claim) => `${c.dataset}/${c.id}|${c.quote}`;

/**
 * Returns the two HAST plugins that mark `claims` in one article, linking under `base`; each
 * claim is marked once, at its first occurrence. `marked` receives the key of every claim marked;
 * `permalink` says which table page holds a record (page 1 when not given).
 */
export function claimMarkPlugins(
  claims: readonly Claim[],
  base: string,
  marked: Set<string> = new Set(),
  permalink: Permalink = firstPage,
): HastPluginDefinition[] {
  const inText: HastPluginDefinition = {
    name: 'claim-marks',
    text(node: Readonly<Text>, ctx: HastVisitorContext) {
      const parent = ctx.parent(node);
      if (parent?.type === 'element' && NO_MARK.has(parent.tagName)) return;
      const open = claims.filter((c) => !marked.has(key(c)));
      const cuts = claimCuts(node.value, open).filter((c) => !marked.has(key(c.claim)));
      if (cuts.length === 0) return;
      cuts.forEach((c) => marked.add(key(c.claim)));
      const parts: ElementContent[] = splitAtCuts(node.value, cuts).map((p) =>
        typeof p === 'string' ? { type: 'text', value: p } : claimMark(p, base, permalink),
      );
      ctx.replaceNode(node, parts);
    },
  };
  const atBlockEnd: HastPluginDefinition = {
    name: 'claim-marks-spanning',
    element: {
      filter: BLOCKS,
      visit(node: Readonly<Element>, ctx: HastVisitorContext) {
        const open = claims.filter((c) => !marked.has(key(c)));
        if (open.length === 0) return;
        const text = normaliseText(ctx.textContent(node));
        const here = open.filter((c) => containsWhole(text, c.quote));
        here.forEach((c) => marked.add(key(c)));
        if (here.length > 0)
          ctx.appendChild(
            node,
            here.map((c) => claimMark(c, base, permalink)),
          );
      },
    },
  };
  return [inText, atBlockEnd];
}

/** Returns the key claimMarkPlugins records for a marked claim. */
export function claimKey(c: Claim): string {
  return key(c);
}
