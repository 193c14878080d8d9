import { AmountUnquoted, QuoteFigureDisagrees, QuoteWithoutFigure } from './errors';
import { extractAmounts } from '../money/extract';
import { problem, type Problem } from './problem';
import type { CheckedRecord } from './record';
import { recordYear } from '../dataset/year';
import { figuresAgree, moneyFields, type FxTable } from './money-fields';

function quotesOf(value: Record<string, unknown>): { quote: string; context: boolean }[] {
  const sources = Array.isArray(value.sources) ? value.sources : [];
  return sources.map((s: { quote?: unknown; context?: unknown }) => ({
    quote: typeof s.quote === 'string' ? s.quote : '',
    context: s.context === true,
  }));
}

/**
 * Checks that each quote stating an amount agrees with one of the record's money fields, and
 * that some quote states the record's `amount`. Records without money fields are not checked.
 */
export function checkFigures(record: CheckedRecord, fx: FxTable | undefined): Problem[] {
  const value = record.value;
  if (!value) return [];
  const recorded = moneyFields(value);
  if (recorded.length === 0) return [];
  const year = recordYear(value);
  const problems: Problem[] = [];
  let amountQuoted = false;
  // Sources often repeat one quote for several articles; its figures are read once.
  const read = new Map<string, ReturnType<typeof extractAmounts>>();
  quotesOf(value).forEach(({ quote, context }, i) => {
    const figures = read.get(quote) ?? extractAmounts(quote);
    read.set(quote, figures);
    if (figures.length === 0) {
      if (!context)
        problems.push(problem(QuoteWithoutFigure, record.path, `sources.${i}.quote`, {}));
      return;
    }
    const agrees = recorded.filter((r) => figures.some((f) => figuresAgree(f, r.money, fx, year)));
    if (agrees.some((r) => r.field === 'amount')) amountQuoted = true;
    if (agrees.length === 0) {
      problems.push(
        problem(QuoteFigureDisagrees, record.path, `sources.${i}.quote`, {
          figures: figures.map((f) => f.text),
          recorded: recorded.map((r) => `${r.field} ${r.money.text}`),
        }),
      );
    }
  });
  const amount = recorded.find((r) => r.field === 'amount');
  if (amount && !amountQuoted) {
    problems.push(problem(AmountUnquoted, record.path, 'amount', { text: amount.money.text }));
  }
  return problems;
}
