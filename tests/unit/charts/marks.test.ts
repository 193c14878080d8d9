import { describe, expect, it } from 'vitest';
import { paintIds, renderDefs } from '../../../src/lib/charts/marks';

describe('renderDefs(ids, body)', () => {
  const ids = paintIds('c');
  it('writes only the paint servers the body refers to', () => {
    expect(renderDefs(ids, '<rect/>')).toBe('');
    const hatchOnly = renderDefs(ids, `<rect fill="url(#${ids.hatch})"/>`);
    expect(hatchOnly).toContain(`<pattern id="${ids.hatch}"`);
    expect(hatchOnly).not.toContain('<mask');
    const fadeOnly = renderDefs(ids, `<rect mask="url(#${ids.fade})"/>`);
    expect(fadeOnly).toContain(`<mask id="${ids.fade}"`);
    expect(fadeOnly).toContain(`<linearGradient id="${ids.fade}-g"`);
    expect(fadeOnly).not.toContain('<pattern');
  });
});
