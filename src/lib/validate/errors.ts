/**
 * Every data error the validator and the build can report: what is wrong and how to fix it.
 * Messages name the problem; hints name the fix. Where the problem is (file, field) is added by
 * whoever reports it, so the same error reads the same in `npm run validate` and `astro build`.
 */

import { defineError, type ErrorData } from '../errors';

/** One kind of data error (the shared catalogue entry of src/lib/errors.ts). */
export type { ErrorData };

const define = defineError;

const didYouMean = (suggestion: string | undefined) =>
  suggestion === undefined ? undefined : `did you mean ${suggestion}?`;

// Files and YAML

/** A data file is over the size limit. */
export const FileTooLarge = define<{ kb: number; limitKb: number }>({
  name: 'FileTooLarge',
  message: ({ kb, limitKb }) => `file is ${kb} KB, over the ${limitKb} KB limit`,
  hint: () => 'one record per file; long text belongs in the article, not the data',
});

/** A file could not be read at all (missing, or no permission). */
export const FileUnreadable = define<{ reason: string }>({
  name: 'FileUnreadable',
  message: ({ reason }) => `could not read the file: ${reason}`,
});

/** A record file holds nothing but whitespace or comments. */
export const FileEmpty = define({
  name: 'FileEmpty',
  message: () => 'file is empty',
  hint: () => 'write the record as `field: value` lines, or delete the file',
});

/** A file holds bytes that are not UTF-8. */
export const NotUtf8 = define({
  name: 'NotUtf8',
  message: () => 'file is not valid UTF-8 text',
  hint: () => 'save it as UTF-8; Shift_JIS and Latin-1 bytes are not accepted',
});

/** The YAML parser rejected the file at this line and column. */
export const YamlSyntax = define<{ line: number; column: number; reason: string }>({
  name: 'YamlSyntax',
  message: ({ line, column, reason }) => `line ${line}, column ${column}: ${reason}`,
  hint: ({ reason }) =>
    /implicit key|compact mapping/i.test(reason)
      ? 'quote values that contain ": " or start with a special character'
      : undefined,
});

/** The file expands more aliases than allowed (a "billion laughs" file). */
export const TooManyAliases = define<{ limit: number }>({
  name: 'TooManyAliases',
  message: ({ limit }) => `too many aliases (more than ${limit} *references)`,
  hint: () => 'write the values out instead of repeating *aliases',
});

/** The top level of a record file is a list or a single value. */
export const NotMapping = define<{ found: string }>({
  name: 'NotMapping',
  message: ({ found }) => `the top level is ${found}, not a mapping of field: value`,
  hint: () => 'write one record per file as `field: value` lines',
});

/** A file lies outside every dataset folder. */
export const UnknownDatasetFolder = define<{ folder: string; suggestion?: string }>({
  name: 'UnknownDatasetFolder',
  message: ({ folder }) => `unknown dataset folder \`${folder}\``,
  hint: ({ suggestion }) =>
    didYouMean(suggestion) ?? 'put records in data/<dataset>/, named as in data/README.md',
});

/** A file in a dataset folder does not end in .yaml, so the site skips it. */
export const NotYamlFile = define({
  name: 'NotYamlFile',
  message: () => 'not a .yaml file, so the site does not load it',
  hint: () => 'rename it to <id>.yaml (.yml is not loaded), or move it out of data/',
});

// Record identity

/** A record file name is not a lower-case hyphenated slug. */
export const InvalidId = define<{ id: string }>({
  name: 'InvalidId',
  message: ({ id }) => `file name \`${id}\` is not a valid id`,
  hint: () => 'use lower-case ASCII words joined by hyphens, e.g. openai-2025-03',
});

/** Two files of one dataset share a file name. */
export const DuplicateId = define<{ other: string }>({
  name: 'DuplicateId',
  message: ({ other }) => `the same id is used by ${other}`,
  hint: () => 'ids are file names and must be unique within a dataset, sub-folders included',
});

/** Two funding-round files record the same company, date and amount. */
export const DuplicateRound = define<{ other: string }>({
  name: 'DuplicateRound',
  message: ({ other }) => `same company, date and amount as ${other}`,
  hint: () => 'keep one record and move the other one’s sources into it',
});

// Shape

/** A mapping has a key its schema does not define. */
export const UnknownKey = define<{ key: string; suggestion?: string; allowed: string[] }>({
  name: 'UnknownKey',
  message: ({ key }) => `unknown key \`${key}\``,
  hint: ({ suggestion, allowed }) => didYouMean(suggestion) ?? `allowed: ${allowed.join(', ')}`,
});

/** A required field is absent. */
export const MissingField = define<{ example?: string }>({
  name: 'MissingField',
  message: () => 'required field is missing',
  hint: ({ example }) => example,
});

/** A field holds a value outside its list of allowed values. */
export const NotAllowedValue = define<{ value: string; allowed: string[]; suggestion?: string }>({
  name: 'NotAllowedValue',
  message: ({ value, allowed }) => `\`${value}\` is not one of ${allowed.join(', ')}`,
  hint: ({ suggestion }) => didYouMean(suggestion),
});

/** A string field does not match its pattern (dates, ids, URLs). */
export const BadFormat = define<{ value: string; rule: string }>({
  name: 'BadFormat',
  message: ({ value }) => `\`${value}\` is not in the expected format`,
  hint: ({ rule }) => rule,
});

/** An amount could not be parsed; the reason comes from the money parser. */
export const InvalidMoney = define<{ reason: string }>({
  name: 'InvalidMoney',
  message: ({ reason }) => reason,
  hint: ({ reason }) =>
    /negative/.test(reason)
      ? 'amounts are sizes; say who pays whom with from/to, or explain in notes'
      : /\(/.test(reason)
        ? undefined
        : 'write it as the article does (150億ドル, 約2.2兆円, 最大125億ドル)',
});

/** Any other schema failure, worded by the schema. */
export const InvalidField = define<{ reason: string }>({
  name: 'InvalidField',
  message: ({ reason }) => reason,
});

// References

/** A company reference names no file in data/companies/. */
export const UnknownCompany = define<{ id: string; suggestion?: string }>({
  name: 'UnknownCompany',
  message: ({ id }) => `no company \`${id}\` in data/companies/`,
  hint: ({ id, suggestion }) => didYouMean(suggestion) ?? `add data/companies/${id}.yaml`,
});

/** A field the registry declares as a reference names no record of its target dataset. */
export const UnknownRecord = define<{ id: string; dataset: string; suggestion?: string }>({
  name: 'UnknownRecord',
  message: ({ id, dataset }) => `no record \`${id}\` in data/${dataset}/`,
  hint: ({ suggestion, dataset }) =>
    didYouMean(suggestion) ?? `name a file in data/${dataset}/ without .yaml`,
});

/** A reference names a field the referenced record does not have (a check of a missing field). */
export const UnknownRecordField = define<{
  field: string;
  record: string;
  present: string[];
  suggestion?: string;
}>({
  name: 'UnknownRecordField',
  message: ({ field, record }) => `record \`${record}\` has no field \`${field}\``,
  hint: ({ suggestion, present }) => didYouMean(suggestion) ?? `name one of ${present.join(', ')}`,
});

/** A quote of a record with amounts states no amount and is not marked as context. */
export const QuoteWithoutFigure = define<Record<string, never>>({
  name: 'QuoteWithoutFigure',
  message: () => 'the quote states no figure',
  hint: () => 'quote the sentence with the figure, or mark the source `context: true`',
});

/** A primary check's file name does not name its record and field. */
export const CheckIdMismatch = define<{ id: string; expected: string }>({
  name: 'CheckIdMismatch',
  message: ({ id, expected }) => `check \`${id}\` should be named \`${expected}\``,
  hint: ({ expected }) => `rename the file to data/checks/${expected}.yaml`,
});

/** A check's figure is a percentage for an amount field, or an amount for a percentage. */
export const CheckFigureKind = define<{ figure: string; field: string; expected: string }>({
  name: 'CheckFigureKind',
  message: ({ figure, field, expected }) => `\`${figure}\` is not ${expected}, as \`${field}\` is`,
  hint: () => 'give the figure in the unit of the field checked (150億ドル, 46%)',
});

/** An internal check's passage is not in its article. */
export const CheckPassageNotFound = define<{ slug: string }>({
  name: 'CheckPassageNotFound',
  message: ({ slug }) => `passage not found in article \`${slug}\``,
  hint: () => 'copy the passage verbatim from the article',
});

/** A source cites an article slug with no file in content/articles/. */
export const UnknownArticle = define<{ slug: string; suggestion?: string }>({
  name: 'UnknownArticle',
  message: ({ slug }) => `no article \`${slug}\` in content/articles/`,
  hint: ({ suggestion }) =>
    didYouMean(suggestion) ?? 'cite an article by its file name without .mdx',
});

/** conflicts_with names no record of the same dataset. */
export const UnknownConflict = define<{ id: string; dataset: string; suggestion?: string }>({
  name: 'UnknownConflict',
  message: ({ id, dataset }) => `no ${dataset} record \`${id}\``,
  hint: ({ suggestion }) => didYouMean(suggestion),
});

/** conflicts_with names the record itself. */
export const SelfConflict = define({
  name: 'SelfConflict',
  message: () => 'a record cannot conflict with itself',
});

/** conflicts_with names a record that does not name this one back. */
export const OneSidedConflict = define<{ id: string; self: string; otherPath: string }>({
  name: 'OneSidedConflict',
  message: ({ id }) => `\`${id}\` does not list this record in its conflicts_with`,
  hint: ({ self, otherPath }) => `add ${self} to conflicts_with in ${otherPath}`,
});

// Quotes and figures

/** A quote does not appear in its article, even after normalising. */
export const QuoteNotFound = define<{ slug: string; matched?: string }>({
  name: 'QuoteNotFound',
  message: ({ slug }) => `quote not found in article \`${slug}\``,
  hint: ({ matched }) =>
    matched
      ? `the article matches up to 「${matched}」; copy the rest verbatim`
      : 'copy the sentence verbatim from the article',
});

/** A quote states amounts, none of which matches a money field of the record. */
export const QuoteFigureDisagrees = define<{ figures: string[]; recorded: string[] }>({
  name: 'QuoteFigureDisagrees',
  message: ({ figures, recorded }) =>
    `the quote states ${figures.join(', ')}, which matches none of ${recorded.join(', ')}`,
  hint: () => 'quote the sentence that states the recorded figure, or correct the figure',
});

/** No quote of the record states its amount. */
export const AmountUnquoted = define<{ text: string }>({
  name: 'AmountUnquoted',
  message: ({ text }) => `no quote states ${text}`,
  hint: () => 'add a source whose quote contains the figure (another currency counts within 10%)',
});

/** A post-money valuation is smaller than the amount raised. */
export const ValuationBelowAmount = define<{ valuation: string; amount: string }>({
  name: 'ValuationBelowAmount',
  message: ({ valuation, amount }) => `valuation ${valuation} is below the amount ${amount}`,
  hint: () => 'valuation is post-money; check for swapped fields or a missing 億/兆',
});

// Exchange rates

/** data/fx-rates.yaml does not exist. */
export const FxMissing = define({
  name: 'FxMissing',
  message: () => 'exchange-rate table is missing',
  hint: () => 'restore data/fx-rates.yaml; amounts in 円 or ユーロ cannot be compared without it',
});

/** data/fx-rates.yaml was rejected by the exchange-rate loader. */
export const FxInvalid = define<{ reason: string }>({
  name: 'FxInvalid',
  message: ({ reason }) => reason,
});

// Anything else

/** A check threw on this file; reported instead of a stack trace. */
export const CheckCrashed = define<{ reason: string }>({
  name: 'CheckCrashed',
  message: ({ reason }) => `could not check this file: ${reason}`,
  hint: () => 'this is a validator bug; please report it with the file',
});
