import { isMoney } from '../money/guard';
import type { Money } from '../money/types';
import { amountsAgree } from '../money/extract';
import { toUsd, type FxTable } from '../money/fx';

export type { FxTable };

/** Returns the money fields of a parsed record (amount, valuation, initial_amount, instruments.*). */
export function moneyFields(value: Record<string, unknown>): { field: string; money: Money }[] {
  const out: { field: string; money: Money }[] = [];
  for (const field of ['amount', 'valuation', 'initial_amount']) {
    const money = value[field];
    if (isMoney(money)) out.push({ field, money });
  }
  const instruments = value.instruments;
  if (typeof instruments === 'object' && instruments !== null) {
    for (const [key, money] of Object.entries(instruments)) {
      if (isMoney(money)) out.push({ field: `instruments.${key}`, money });
    }
  }
  return out;
}

/** Lower and upper bound of an amount in USD, or undefined when no rate is known. */
export function usdBounds(
  m: Money,
  fx: FxTable | undefined,
  year?: number,
): [number, number] | undefined {
  const usd = toUsd(m, fx, year);
  if (!usd) return undefined;
  const low = usd.min ?? usd.max;
  const high = usd.max ?? usd.min;
  return low === null || high === null ? undefined : [low, high];
}

/** Relative tolerance for figures compared across currencies. */
export const CROSS_CURRENCY_TOLERANCE = 0.1;

// The numbers an amount states, whatever its qualifier: 100億ドル超 and 100億ドルを超える (which
// reads as 100億ドル) both state 100億.
function statedNumbers(m: Money): Money {
  const low = m.min ?? m.max;
  const high = m.max ?? m.min;
  return { ...m, min: low, max: high };
}

/**
 * Returns whether two amounts state the same figure: in one currency when they agree by the
 * money library's rule or state the same numbers under another qualifier; across currencies
 * when their USD bounds overlap within 10%.
 */
export function figuresAgree(a: Money, b: Money, fx: FxTable | undefined, year?: number): boolean {
  if (a.currency === b.currency) {
    return amountsAgree(a, b) || amountsAgree(statedNumbers(a), statedNumbers(b));
  }
  const ua = usdBounds(a, fx, year);
  const ub = usdBounds(b, fx, year);
  if (!ua || !ub) return false;
  const slack = 1 + CROSS_CURRENCY_TOLERANCE;
  return ua[0] <= ub[1] * slack && ub[0] <= ua[1] * slack;
}
