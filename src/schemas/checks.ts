import { z } from 'zod';
import { parseMoney } from '../lib/money/parse';
import type { Money } from '../lib/money/types';
import { IdSchema, PartialDateSchema } from './common';

/**
 * data/checks/<id>.yaml: one fact check of one field of one record. `primary` compares the
 * article's figure with what a primary source (or, where none exists, a named secondary report)
 * gives; `internal` compares figures within one article. Ids are `<dataset>--<record>--<field>`.
 */

/** What a check found, in the order /checks/ lists them. */
export const VERDICTS = ['contradicted', 'partly', 'stale', 'unverified', 'consistent'] as const;

/** One verdict of VERDICTS. */
export type Verdict = (typeof VERDICTS)[number];

/**
 * Kinds of source, strongest first: filing > company release (earnings, announcement) >
 * official statistics > named research > press report (used only where no primary exists).
 */
export const SOURCE_KINDS = [
  'filing',
  'earnings-release',
  'company-announcement',
  'official-statistics',
  'named-research',
  'secondary-report',
] as const;

/** One kind of SOURCE_KINDS. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A figure a check compares: an amount our money parser reads, or a percentage (46%). */
export type CheckFigure =
  | { kind: 'money'; text: string; money: Money }
  | {
      kind: 'percent';
      text: string;
      value: number;
      approximate: boolean;
      bound?: 'over' | 'at-least' | 'under';
    };

const PERCENT = /^(約)?\s*(\d+(?:\.\d+)?)\s*[%％](以上|超|未満)?$/;
const BOUNDS = { 以上: 'at-least', 超: 'over', 未満: 'under' } as const;

/** A figure as the source writes it ("300億ドル", "約1900億ドル", "46%"), parsed. */
export const CheckFigureSchema = z.string().transform((input, ctx): CheckFigure => {
  const text = input.trim();
  const pct = PERCENT.exec(text);
  if (pct) {
    const bound = pct[3] ? BOUNDS[pct[3] as keyof typeof BOUNDS] : undefined;
    const value = Number(pct[2]);
    return { kind: 'percent', text, value, approximate: Boolean(pct[1]), ...(bound && { bound }) };
  }
  const parsed = parseMoney(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return { kind: 'money', text, money: parsed.value };
});

/** One source a check relies on; title or date are omitted when the stored copy shows none. */
export const CheckSourceSchema = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1).optional(),
  date: PartialDateSchema.optional(),
  /** What is known about the date when the page shows none ("2026-04-29の決算を扱う"). */
  date_note: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }),
  /** Where `url` is not the original (a verbatim reprint), say so. */
  url_note: z.string().min(1).optional(),
  kind: z.enum(SOURCE_KINDS),
});

/** A record key `<dataset>/<id>` and one of its fields. */
const RecordKeySchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9]+(-[a-z0-9]+)*$/, 'write <dataset>/<record id>');

/** The article's figure and the period it gives it for (fiscal year, quarter, month...). */
export const ClaimSchema = z.strictObject({
  /** As the article writes it; several amounts may be joined with " / ". */
  figure: z.string().min(1),
  period: z.string().min(1),
});

/** One check file. */
export const CheckSchema = z
  .strictObject({
    kind: z.enum(['primary', 'internal']).default('primary'),
    /** The record checked, as `<dataset>/<id>`. */
    record: RecordKeySchema,
    /** The field of that record whose figure is checked (amount, valuation, cagr...). */
    field: z.string().min(1),
    claim: ClaimSchema,
    verdict: z.enum(VERDICTS),
    /** Primary sources first; required unless the verdict is unverified. */
    sources: z.array(CheckSourceSchema).optional(),
    /** The figure the sources give (or, for an internal check, the figure the article implies). */
    figure: CheckFigureSchema.optional(),
    /** The period of `figure`, as precisely as the source gives it. */
    period: z.string().min(1).optional(),
    /** The editor's finding in one sentence. */
    note: z.string().min(1),
    /** Further detail behind the note (other figures found, caveats). */
    detail: z.string().min(1).optional(),
    /** Internal checks: the article and the passage holding the figures compared. */
    article: IdSchema.optional(),
    passage: z.string().min(4).optional(),
    /** Other records the check concerns (`<dataset>/<id>`). */
    also: z.array(RecordKeySchema).optional(),
    checked: PartialDateSchema,
    /** The searches run, so a reader can repeat them. */
    searched: z.array(z.string().min(1)).optional(),
  })
  .superRefine((c, ctx) => {
    const open = c.verdict === 'unverified';
    if (!open && c.kind === 'primary' && !c.sources?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `a ${c.verdict} check needs at least one source (only unverified may have none)`,
      });
    }
    if (!open && c.figure === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['figure'],
        message: `a ${c.verdict} check needs the figure the source gives`,
      });
    }
    if (c.figure !== undefined && c.period === undefined) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'give the period of the figure' });
    }
    if (c.kind === 'internal' && (c.article === undefined || c.passage === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.article === undefined ? 'article' : 'passage'],
        message: 'an internal check names the article and the passage it compares',
      });
    }
  });

/** A parsed check. */
export type Check = z.output<typeof CheckSchema>;
