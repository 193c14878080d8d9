import { describe, expect, it } from 'vitest';
import { el, esc, round1, tip } from '../../../src/lib/charts/svg';

describe('round1(n)', () => {
  it.each([
    [1.25, 1.3],
    [-0.04, 0],
    [123.456, 123.5],
    [2, 2],
  ])('round1(%d) is %d', (n, r) => {
    expect(Object.is(round1(n), r)).toBe(true);
  });
});

describe('el(name, attrs, ...children)', () => {
  it.each([
    [el('rect', { x: 1.234, y: -0.01, width: 10 }), '<rect x="1.2" y="0" width="10"/>'],
    [el('g', { class: 'a', hidden: false, id: undefined }, '<b/>'), '<g class="a"><b/></g>'],
    [el('text', { x: 0 }, esc('A&B<"c">')), '<text x="0">A&amp;B&lt;&quot;c&quot;&gt;</text>'],
    [tip('最大125億ドル'), '<title>最大125億ドル</title>'],
  ])('serialises %s', (svg, expected) => {
    expect(svg).toBe(expected);
  });
});
