import type { Bounded } from '../../money/bounds';
import { formatMoney, formatMoneyExact, type Money } from '../../money';
import type { SeriesContext } from './context';

/** An amount in US dollars for scales, with the article's wording for labels and hover. */
export interface UsdAmount extends Bounded {
  /** The amount as articles write it, in its own currency: 最大125億ドル, 20億ユーロ. */
  label: string;
  /** Full figure for hover and tables; non-USD amounts add their USD conversion. */
  exact: string;
  /** The USD conversion as a label (約23億ドル), only for amounts not reported in USD. */
  converted?: string;
}

/**
 * Returns `m` as a UsdAmount converted at `year`'s rate, or undefined when `m` is missing or
 * no rate is known for its currency.
 */
export function usdAmount(
  m: Money | undefined,
  ctx: SeriesContext,
  year?: number,
): UsdAmount | undefined {
  if (!m) return undefined;
  const usd = m.currency === 'USD' ? m : ctx.usd(m, year);
  if (!usd) return undefined;
  const base = {
    lo: usd.min,
    hi: usd.max,
    qualifier: m.qualifier,
    approximate: m.approximate || m.qualifier === 'approx',
    label: formatMoney(m),
  };
  if (m.currency === 'USD') return { ...base, exact: formatMoneyExact(m) };
  const converted = formatMoney({ ...usd, approximate: true });
  return { ...base, exact: `${formatMoneyExact(m)}（≈ ${formatMoneyExact(usd)}）`, converted };
}
