import type { Result } from '../errors';

/** Currencies the articles report amounts in. */
export type Currency = 'USD' | 'JPY' | 'EUR';

/**
 * How an amount relates to the true figure:
 * - exact: 150億ドル
 * - approx: 約2.2兆円, 25億ドル級
 * - range: 200億〜260億ドル (min and max both set)
 * - up-to: 最大125億ドル (only max set)
 * - over: 300億ドル超 (only min set, exclusive)
 * - at-least: 1150億ドル以上 (only min set, inclusive)
 */
export type Qualifier = 'exact' | 'approx' | 'range' | 'up-to' | 'over' | 'at-least';

/** An amount as parsed from an article, in whole currency units (not 億). */
export interface Money {
  currency: Currency;
  /** Lower bound in currency units; null when the amount is only bounded above (up-to). */
  min: number | null;
  /** Upper bound in currency units; null when the amount is only bounded below (over, at-least). */
  max: number | null;
  qualifier: Qualifier;
  /** True when the text marks the figure as approximate (約, 級, 程度), whatever the qualifier. */
  approximate: boolean;
  /** The original text, or a canonical rendering of the object form. */
  text: string;
}

/** The numeric object form editors may write instead of text. */
export interface MoneyObject {
  value?: number;
  min?: number;
  max?: number;
  currency: Currency;
  qualifier?: Qualifier;
}

/** A parsed amount, or why the text is not one (the message names the input). */
export type ParseResult = Result<Money>;
