import { ValuationBelowAmount } from './errors';
import { problem, type Problem } from './problem';
import type { CheckedRecord } from './record';
import { recordYear } from '../dataset/year';
import { isMoney } from '../money/guard';
import { usdBounds, type FxTable } from './money-fields';

/** Checks that a post-money valuation is not below the amount raised (compared in USD). */
export function checkValuation(record: CheckedRecord, fx: FxTable | undefined): Problem[] {
  const value = record.value;
  if (!value || !isMoney(value.amount) || !isMoney(value.valuation)) return [];
  const { amount, valuation } = value;
  const year = recordYear(value);
  const a = usdBounds(amount, fx, year);
  const v = usdBounds(valuation, fx, year);
  if (!a || !v || v[1] >= a[0]) return [];
  const params = { valuation: valuation.text, amount: amount.text };
  return [problem(ValuationBelowAmount, record.path, 'valuation', params)];
}
