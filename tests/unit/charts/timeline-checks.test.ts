import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { overlaps, textBox } from '../../../src/lib/charts/label-placer';
import { NARROW, WIDE } from '../../../src/lib/charts/svg-root';
import { layoutTimeline } from '../../../src/lib/charts/timeline-layout';
import { prepareTimeline } from '../../../src/lib/data/series/timeline';
import { primaryLookup, verdictLookup } from '../../../src/lib/data/series/verdicts';
import { CheckSchema } from '../../../src/schemas/checks';
import { FundingRoundSchema } from '../../../src/schemas/funding-rounds';
import { realContext } from '../../fixtures/charts/real';

// The project's own rounds and checks: every verdict and tick the articles' timelines draw.
const yamls = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: parse(readFileSync(`${dir}/${f}`, 'utf8')),
    }));
const checks = yamls('data/checks').map((f) => CheckSchema.parse(f.data));
const rounds = yamls('data/funding-rounds').map((f) => ({
  id: f.id,
  ...FundingRoundSchema.parse(f.data),
}));
const ctx = { ...realContext, verdict: verdictLookup(checks), primary: primaryLookup(checks) };

describe.each([
  [
    'five companies (openai-anthropic-funding)',
    ['openai', 'anthropic', 'xai', 'mistral-ai', 'anduril'],
  ],
  ['xAI (xai-20b-nvidia)', ['xai']],
])('the funding timeline of %s with the checks in data/checks', (_name, companies) => {
  const series = prepareTimeline(rounds, ctx, { companies });
  it.each([
    ['wide', WIDE],
    ['narrow', NARROW],
  ])(
    'keeps every label line inside the chart and clear of every other label and tick (%s)',
    (_n, size) => {
      const placed = layoutTimeline(series, size);
      const marked = placed.points.filter((p) =>
        p.label.some((l) => l.tail ?? /verdict/.test(l.cls ?? '')),
      );
      expect(marked.length).toBeGreaterThan(0);
      const lines = placed.points.flatMap((p) =>
        p.label.map((l) => ({ id: p.id, box: textBox(l) })),
      );
      const ticks = placed.points.flatMap((p) => (p.reference ? [p.reference] : []));
      const clashes = lines.flatMap((a, i) => [
        ...lines
          .slice(i + 1)
          .filter((b) => b.id !== a.id && overlaps(a.box, b.box))
          .map((b) => `${a.id} / ${b.id}`),
        ...ticks.filter((t) => overlaps(a.box, t)).map(() => `${a.id} / tick`),
      ]);
      expect(clashes).toEqual([]);
      const outside = lines.filter((l) => l.box.x1 < 0 || l.box.x2 > size.width).map((l) => l.id);
      expect(outside).toEqual([]);
    },
  );
});
