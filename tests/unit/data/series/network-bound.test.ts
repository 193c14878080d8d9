import { describe, expect, it } from 'vitest';
import {
  boundNetwork,
  dealsTouching,
  NETWORK_LIMIT,
  OTHER_FROM,
  OTHER_TO,
} from '../../../../src/lib/data/series/network-bound';
import {
  prepareNetwork,
  summarizeNetwork,
  type NetworkLink,
} from '../../../../src/lib/data/series/network';
import { realContext, realData } from '../../../fixtures/charts/real';
import { cite, usd } from '../../../fixtures/charts/factories';

const link = (i: number, oku?: number): NetworkLink => ({
  id: `d${String(i).padStart(3, '0')}`,
  from: [`p${i}`],
  to: `r${i % 7}`,
  label: `p${i}→r${i % 7}`,
  kind: 'equity-investment',
  status: 'closed',
  ...(oku === undefined ? {} : { amount: usd(oku) }),
  sources: cite(),
});

describe('boundNetwork', () => {
  it('leaves a network within the limit unchanged', () => {
    const s = { names: { p1: 'P1', r1: 'R1' }, links: [link(1, 5)] };
    expect(boundNetwork(s, 3)).toBe(s);
  });

  it('keeps the largest flows in id order and folds the rest into one その他 flow', () => {
    const links = [link(1, 5), link(2), link(3, 50), link(4, 20), link(5, 1)];
    const names = Object.fromEntries(
      links.flatMap((l) => [...l.from, l.to].map((c) => [c, c.toUpperCase()])),
    );
    const out = boundNetwork({ names, links }, 2);
    expect(out.links.map((l) => l.id)).toEqual(['d003', 'd004', 'network-other']);
    const other = out.links.at(-1)!;
    expect(other.from).toEqual([OTHER_FROM]);
    expect(other.to).toBe(OTHER_TO);
    expect(other.label).toBe('その他3件の取引');
    expect(other.amount?.hi).toBe(usd(5).hi! + usd(1).hi!);
    expect(out.names[OTHER_FROM]).toBe('その他');
    expect(Object.keys(out.names).sort()).toEqual(
      [OTHER_FROM, OTHER_TO, 'p3', 'p4', 'r3', 'r4'].sort(),
    );
  });

  it('draws at most NETWORK_LIMIT + 1 flows from any number of deals', () => {
    const links = Array.from({ length: 5000 }, (_, i) => link(i, (i * 37) % 101));
    expect(boundNetwork({ names: {}, links }).links).toHaveLength(NETWORK_LIMIT + 1);
  });

  it('never calls the その他 sum the largest flow in the summary', () => {
    const links = [link(1, 5), link(2, 3), link(3, 1), link(4, 1)];
    const summary = summarizeNetwork(boundNetwork({ names: {}, links }, 1));
    expect(summary).toContain('金額の大きい1件と「その他3件の取引」');
    expect(summary).toContain('最大はp1→r1の');
  });
});

describe('dealsTouching', () => {
  it('finds the deals a company pays or receives, as a scan would, in id order', () => {
    for (const c of realData.companies) {
      const scanned = [...realData.deals]
        .filter((d) => [...(Array.isArray(d.from) ? d.from : [d.from]), d.to].includes(c.id))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(dealsTouching(realData.deals, [c.id])).toEqual(scanned);
    }
    expect(prepareNetwork(realData.deals, realContext).links).toHaveLength(realData.deals.length);
  });
});
