import { renderAmountBar } from './marks';
import type { PlacedSplit } from './split-layout';
import { drawText } from './draw';
import { chartRenderer } from './svg-root';
import { el } from './svg';

/** Returns the placed round split as an SVG string whose ids all start with `id`. */
export const renderSplit = chartRenderer<PlacedSplit>((p, ids) => {
  const b = p.bracket;
  const bracket =
    el('path', { d: `M${b.x1},${b.y + 6}V${b.y}H${b.x2}V${b.y + 6}`, class: 'bracket' }) +
    drawText(b.label);
  const bars = [...p.parts, ...p.inside]
    .map((m) =>
      renderAmountBar(m.bar, m.y, m.height, {
        colour: m.colour,
        title: m.title,
        ids,
        variant: m.variant,
      }),
    )
    .join('');
  const labels = p.labels
    .map(
      (l) =>
        el('line', {
          x1: l.leader.x,
          x2: l.leader.x,
          y1: l.leader.y1,
          y2: l.leader.y2,
          class: 'leader',
        }) + l.lines.map(drawText).join(''),
    )
    .join('');
  return bracket + bars + labels;
});
