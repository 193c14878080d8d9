import type { z } from 'zod';
import {
  BadFormat,
  InvalidField,
  InvalidMoney,
  MissingField,
  NotAllowedValue,
  UnknownKey,
} from './errors';
import { MoneySchema } from '../../schemas/common';
import { fieldPath, problem, type Problem } from './problem';
import { allowedKeys, enumValues, schemaAt, strip, valueAt } from '../../schemas/schema-walk';
import { closest } from './suggest';

/** A record checked against its dataset schema: the parsed output, or the problems found. */
export type Shaped =
  { ok: true; value: Record<string, unknown> } | { ok: false; problems: Problem[] };

const SOURCES_EXAMPLE = 'add sources: [{article: <slug>, quote: <a sentence copied from it>}]';

// A decoded YAML value, cut short for a message.
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} \`${show(value)}\``;
}

function missingHint(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  if (path.at(-1) === 'sources') return SOURCES_EXAMPLE;
  const values = enumValues(schemaAt(schema, path) ?? schema);
  return values && `one of ${values.join(', ')}`;
}

function issueProblems(
  schema: z.ZodType,
  raw: unknown,
  path: string,
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  const at = [...prefix, ...issue.path];
  const field = fieldPath(at);
  const value = valueAt(raw, at);
  const missing = () => [problem(MissingField, path, field, { example: missingHint(schema, at) })];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schemaAt(schema, at) ?? schema);
      return issue.keys.map((key) =>
        problem(UnknownKey, path, fieldPath([...at, key]), {
          key,
          allowed,
          suggestion: closest(key, allowed),
        }),
      );
    }
    case 'invalid_value': {
      if (value === undefined) return missing();
      const allowed = issue.values.map(String);
      const params = { value: show(value), allowed, suggestion: closest(show(value), allowed) };
      return [problem(NotAllowedValue, path, field, params)];
    }
    case 'invalid_union': {
      // Follow the one branch that got past the type check; otherwise name the expected types.
      const deeper = issue.errors.filter((branch) =>
        branch.some((inner) => inner.code !== 'invalid_type' || inner.path.length > 0),
      );
      if (deeper.length === 1) {
        return deeper[0]!.flatMap((inner) => issueProblems(schema, raw, path, inner, at));
      }
      if (value === undefined) return missing();
      const expected = issue.errors.flatMap((b) =>
        b.map((i) => ('expected' in i ? i.expected : '')),
      );
      const reason = `expected ${[...new Set(expected)].filter(Boolean).join(' or ')}, got ${describe(value)}`;
      return [problem(InvalidField, path, field, { reason })];
    }
    case 'invalid_type':
      if (value === undefined) return missing();
      return [
        problem(InvalidField, path, field, {
          reason: `expected ${issue.expected}, got ${describe(value)}`,
        }),
      ];
    case 'invalid_format':
      return [problem(BadFormat, path, field, { value: show(value), rule: issue.message })];
    case 'custom': {
      const target = schemaAt(schema, at);
      if (target && strip(target) === strip(MoneySchema) && value !== undefined) {
        return [problem(InvalidMoney, path, field, { reason: issue.message })];
      }
      return [problem(InvalidField, path, field, { reason: issue.message })];
    }
    default:
      return [problem(InvalidField, path, field, { reason: issue.message })];
  }
}

// `amont: …` also leaves `amount` missing; the unknown key's "did you mean amount?" says both.
function misspeltFields(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Set<string> {
  const fields = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = allowedKeys(schemaAt(schema, issue.path) ?? schema);
    for (const key of issue.keys) {
      const suggestion = closest(key, allowed);
      if (suggestion) fields.add(fieldPath([...issue.path, suggestion]));
    }
  }
  return fields;
}

/** Parses a decoded record with its dataset schema, turning every zod issue into a problem. */
export function checkShape(schema: z.ZodType, raw: Record<string, unknown>, path: string): Shaped {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data as Record<string, unknown> };
  const { issues } = result.error;
  const misspelt = misspeltFields(schema, issues);
  const problems = issues
    .flatMap((i) => issueProblems(schema, raw, path, i))
    .filter((p) => !(p.code === MissingField.name && misspelt.has(p.field)));
  return { ok: false, problems };
}
