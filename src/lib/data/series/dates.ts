/** A partial date as a time span: its precision and start/end instants in ms since the epoch (UTC). */
export interface DateSpan {
  precision: 'year' | 'month' | 'day';
  start: number;
  end: number;
  /** The middle of the span: mid-year, mid-month or midday. */
  mid: number;
}

/**
 * Returns the span a YYYY, YYYY-MM or YYYY-MM-DD date covers, so charts can place a
 * month-precision date mid-month and show a year-precision date across its whole year.
 */
export function dateSpan(date: string): DateSpan {
  const [y = 1970, m, d] = date.split('-').map(Number);
  let start: number;
  let end: number;
  let precision: DateSpan['precision'];
  if (d !== undefined && m !== undefined) {
    precision = 'day';
    start = Date.UTC(y, m - 1, d);
    end = Date.UTC(y, m - 1, d + 1);
  } else if (m !== undefined) {
    precision = 'month';
    start = Date.UTC(y, m - 1, 1);
    end = Date.UTC(y, m, 1);
  } else {
    precision = 'year';
    start = Date.UTC(y, 0, 1);
    end = Date.UTC(y + 1, 0, 1);
  }
  return { precision, start, end, mid: (start + end) / 2 };
}
