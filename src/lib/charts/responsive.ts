import { NARROW, WIDE, type Size } from './svg-root';

/** Options every chart renderer takes: the SVG id, its accessible name and its description's id. */
export interface RenderOptions {
  id: string;
  title: string;
  describedBy?: string;
}

/**
 * Returns the wide (640-unit) and narrow (330-unit) SVGs of one chart, with ids `${id}-w` and
 * `${id}-n`, both described by the figure's summary `${id}-summary`.
 */
export function renderBoth<S, P>(
  series: S,
  layout: (s: S, size: Size) => P,
  render: (p: P, opts: RenderOptions) => string,
  opts: { id: string; title: string },
): { wide: string; narrow: string } {
  const one = (size: Size, suffix: string) =>
    render(layout(series, size), {
      id: `${opts.id}-${suffix}`,
      title: opts.title,
      describedBy: `${opts.id}-summary`,
    });
  return { wide: one(WIDE, 'w'), narrow: one(NARROW, 'n') };
}
