import { drawText } from './draw';
import { diamond, legendGlyph } from './glyphs';
import { chartRenderer } from './svg-root';
import { el, polyline, round1, tip } from './svg';
import type { PlacedTimeline, PlacedTimelinePoint } from './timeline-layout';
import { drawReference } from './verdict-marks';

/** Returns `n` at one decimal for a path string (el() rounds attributes, not `d`). */
const r = round1;

function point(p: PlacedTimelinePoint): string {
  const colour = p.settled ? 'k1' : 'k2';
  const parts = [tip(p.title)];
  if (p.span) {
    parts.push(
      el('path', {
        d: `M${r(p.span.x1)},${r(p.y - 4)}v8M${r(p.span.x1)},${r(p.y)}H${r(p.span.x2)}M${r(p.span.x2)},${r(p.y - 4)}v8`,
        class: 'span',
      }),
    );
  }
  if (p.bound?.kind === 'range') {
    parts.push(
      el('path', {
        d: `M${r(p.x - 5)},${r(p.bound.y1)}h10M${r(p.x)},${r(p.bound.y1)}V${r(p.bound.y2)}M${r(p.x - 5)},${r(p.bound.y2)}h10`,
        class: 'stroke bound-line',
      }),
    );
  } else if (p.bound?.kind === 'up-to') {
    parts.push(el('path', { d: `M${r(p.x - 6)},${r(p.bound.y1)}h12`, class: 'stroke bound-line' }));
    parts.push(
      el('line', { x1: p.x, x2: p.x, y1: p.bound.y1, y2: p.bound.y2, class: 'stroke bound-dash' }),
    );
  } else if (p.bound?.kind === 'open') {
    const d = polyline([
      [p.x - 4, p.bound.y1 + 5],
      [p.x, p.bound.y1],
      [p.x + 4, p.bound.y1 + 5],
    ]);
    parts.push(
      el('path', {
        d: `M${r(p.x)},${r(p.bound.y2)}V${r(p.bound.y1)}${d}`,
        class: 'stroke bound-line',
      }),
    );
  }
  if (p.approximate) parts.push(el('circle', { cx: p.x, cy: p.y, r: 9, class: 'bound' }));
  parts.push(
    p.settled
      ? el('circle', { cx: p.x, cy: p.y, r: 5.5, class: 'dot' })
      : el('path', { d: diamond(p.x, p.y, 6.5), class: 'dot-open' }),
  );
  const leader = p.leader ? el('line', { ...p.leader, class: 'leader' }) : '';
  return (
    el('g', { class: `mark ${colour}`, 'data-id': p.id }, ...parts) +
    (p.reference ? drawReference(p.reference) : '') +
    leader +
    p.label.map(drawText).join('')
  );
}

/** Returns the placed funding timeline as an SVG string whose ids all start with `id`. */
export const renderTimeline = chartRenderer<PlacedTimeline>(
  (p) =>
    p.legend.map((l) => legendGlyph(l.glyph, l.x, l.y, l.colour) + drawText(l.text)).join('') +
    el(
      'g',
      { class: 'axis', 'aria-hidden': 'true' },
      ...p.yTicks.map(
        (t) =>
          el('line', { x1: p.plot.x1, x2: p.plot.x2, y1: t.y, y2: t.y, class: 'grid' }) +
          drawText(t.label),
      ),
      ...p.years.map(
        (yr, i) =>
          (i > 0
            ? el('line', {
                x1: yr.x1,
                x2: yr.x1,
                y1: p.plot.y1,
                y2: p.plot.y2 + 22,
                class: 'rule',
              })
            : '') + drawText(yr.label),
      ),
      el('line', {
        x1: p.plot.x1,
        x2: p.plot.x2,
        y1: p.plot.y2,
        y2: p.plot.y2,
        class: 'baseline',
      }),
      drawText(p.axisTitle),
    ) +
    p.points.map(point).join(''),
);
