import { fieldLabel, verdictText } from '../verdicts';
import { bestSource, checksFor, secondaryOnly, type CheckRecord } from './select';

/** One check as a table cell shows it: verdict, the source's figure, and where it comes from. */
export interface CheckCell {
  id: string;
  verdict: CheckRecord['verdict'];
  /** "× 一次資料と相違", with the field when it is not the amount ("評価額: △ 一部相違"). */
  text: string;
  /** The source's figure and period ("300億ドル(2026-02-12 (シリーズG))"), if any. */
  figure?: string;
  source?: { label: string; url: string };
}

/** Returns the cells of a record's primary checks for the table's verdict column, by field. */
export function checkCells(checks: readonly CheckRecord[], recordKey: string): CheckCell[] {
  return checksFor(checks, recordKey)
    .filter((c) => c.kind === 'primary')
    .map((c) => {
      const source = bestSource(c);
      const verdict = verdictText(c.verdict);
      return {
        id: c.id,
        verdict: c.verdict,
        text: c.field === 'amount' ? verdict : `${fieldLabel(c.field)}: ${verdict}`,
        ...(c.figure && { figure: c.figure.text }),
        ...(source && {
          source: {
            label: secondaryOnly(c) ? `${source.publisher}(報道)` : source.publisher,
            url: source.url,
          },
        }),
      };
    });
}
