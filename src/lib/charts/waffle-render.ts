import { drawText } from './draw';
import { chartRenderer } from './svg-root';
import { el, tip } from './svg';
import type { PlacedWaffle } from './waffle-layout';

/** Returns the placed share waffle as an SVG string whose ids all start with `id`. */
export const renderWaffle = chartRenderer<PlacedWaffle>(
  (p) =>
    drawText(p.caption) +
    p.groups
      .map((g) =>
        el(
          'g',
          { class: 'mark', 'data-id': g.id },
          tip(g.title),
          ...p.cells
            .filter((c) => c.group === g.id)
            .map((c) =>
              el('rect', {
                x: c.x,
                y: c.y,
                width: p.cell,
                height: p.cell,
                class: `cell cell-${c.kind} ${c.colour}`,
              }),
            ),
          g.outline ? el('path', { d: g.outline, class: 'bar-approx' }) : '',
          el('path', {
            d: `M${g.leader.x1},${g.leader.y1}H${(g.leader.x1 + g.leader.x2) / 2}L${g.leader.x2},${g.leader.y2}`,
            class: 'leader',
          }),
          ...g.labels.map(drawText),
        ),
      )
      .join(''),
);
