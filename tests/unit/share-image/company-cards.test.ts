import { describe, expect, it } from 'vitest';
import { recordsForCompany } from '../../../src/lib/dataset/joins';
import {
  COMPANY_CARD_LIMIT,
  companyCards,
  companyKeyFigure,
} from '../../../src/lib/share-image/company-cards';
import { companyFigure } from '../../../src/lib/share-image/figures';
import { realData } from '../../fixtures/charts/real';

describe('companyCards', () => {
  it('gives every company its own card while there are no more than the limit', () => {
    expect(realData.companies.length).toBeLessThanOrEqual(COMPANY_CARD_LIMIT);
    const cards = companyCards(realData);
    expect([...cards.own].sort()).toEqual(realData.companies.map((c) => c.id).sort());
    expect(cards.kinds).toEqual([]);
    for (const c of realData.companies) expect(cards.pathOf(c.id)).toBe(`og/companies/${c.id}.png`);
  });

  it('keeps the companies with the most records, ties by id, and sends the rest to their kind', () => {
    const cards = companyCards(realData, 3);
    const n = (id: string) => recordsForCompany(realData, id).length;
    const ranked = realData.companies
      .map((c) => c.id)
      .sort((a, b) => n(b) - n(a) || (a < b ? -1 : 1));
    expect(cards.own).toEqual(ranked.slice(0, 3));
    const rest = realData.companies.filter((c) => !cards.own.includes(c.id));
    expect(cards.kinds).toEqual([...new Set(rest.map((c) => c.kind))].sort());
    for (const c of rest) expect(cards.pathOf(c.id)).toBe(`og/companies/kind/${c.kind}.png`);
    for (const id of cards.own) expect(cards.pathOf(id)).toBe(`og/companies/${id}.png`);
  });
});

describe('companyKeyFigure', () => {
  it('gives each company the figure a scan of its rounds, revenues and deals gives', () => {
    let some = 0;
    for (const c of realData.companies) {
      const scanned = companyFigure({
        rounds: realData.fundingRounds.filter((r) => r.company === c.id && !r.cumulative),
        revenues: realData.revenues.filter((r) => r.company === c.id),
        deals: realData.deals.filter((d) => [d.from].flat().includes(c.id) || d.to === c.id),
      });
      expect(companyKeyFigure(realData, c.id)).toEqual(scanned);
      if (scanned) some++;
    }
    expect(some).toBeGreaterThan(3);
  });
});
