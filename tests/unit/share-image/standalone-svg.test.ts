import { describe, expect, it } from 'vitest';
import {
  customProperties,
  resolveVars,
  rulesFor,
  standaloneSvg,
} from '../../../src/lib/share-image/standalone-svg';

const css = `
.chart {
  --chart-1: #0072b2;
  --chart-bg: var(--bg, #fdfcf9);
  --chart-fg: var(--fg, #1c1c1e);
  container-type: inline-size;
}
@media (prefers-color-scheme: dark) {
  .chart { --chart-1: #56b4e9; }
  .chart-svg .k1 { --mark: pink; }
}
.chart-title { font-weight: 700; }
.chart-svg text { fill: currentColor; }
.chart-svg .k1 { --mark: var(--chart-1); }
.chart-svg .flow .link { stroke: var(--mark); fill: none; }
.chart-svg .hatch-line { fill: var(--chart-bg); }
`;

describe('standalone chart SVG', () => {
  it('reads the light palette and resolves page variables to their fallbacks', () => {
    const vars = customProperties(css);
    expect(vars.get('--chart-1')).toBe('#0072b2');
    expect(resolveVars('fill: var(--chart-bg)', vars)).toBe('fill: #fdfcf9');
  });
  it('keeps only the top-level .chart-svg rules, never the dark-mode ones', () => {
    expect(rulesFor(css).map((r) => r.slice(0, r.indexOf('{')).trim())).toEqual([
      '.chart-svg text',
      '.chart-svg .k1',
      '.chart-svg .flow .link',
      '.chart-svg .hatch-line',
    ]);
  });
  it('embeds resolved styles, a size and a paper background, with no var() left', () => {
    const out = standaloneSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 640 296"><g class="flow k1"><path class="link"/></g></svg>',
      css,
    );
    expect(out).toMatch(/^<\?xml[^>]*>\n<svg width="640" height="296" /);
    expect(out).not.toContain('var(');
    expect(out).toContain('<rect width="100%" height="100%" fill="#fdfcf9"/>');
    // --mark is inherited in the page; here it becomes one rule per class position.
    expect(out).toContain('.chart-svg .flow.k1 .link');
    expect(out).toMatch(/\.chart-svg \.flow\.k1 \.link[^{]*\{ stroke: #0072b2; fill: none; \}/);
    expect(out).toContain('fill: #1c1c1e');
    expect(out).not.toContain('pink');
  });
  it('refuses input that is not an SVG element', () => {
    expect(() => standaloneSvg('<div></div>', css)).toThrow(/does not start with <svg/);
  });
});
