import type { z } from 'zod';

/** The parts of a zod 4 definition this walker reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Strips optional, default and similar wrappers, and enters a pipe on its input side. */
export function strip(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) {
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else return current;
  }
}

/** Returns the values of an enum schema (after stripping), or undefined for other schemas. */
export function enumValues(schema: z.ZodType): string[] | undefined {
  const def = defOf(strip(schema));
  return def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : undefined;
}

/** Returns the keys a mapping may have at this schema: object fields or enum record keys. */
export function allowedKeys(schema: z.ZodType): string[] {
  const def = defOf(strip(schema));
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'record' && def.keyType) return enumValues(def.keyType) ?? [];
  if (def.type === 'union' && def.options) return [...new Set(def.options.flatMap(allowedKeys))];
  return [];
}

/** Returns the schema that validates the value at `key` inside `schema`, if any. */
export function childSchema(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const def = defOf(strip(schema));
  if (def.type === 'object' && def.shape) return def.shape[String(key)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'union' && def.options) {
    for (const option of def.options) {
      const child = childSchema(option, key);
      if (child) return child;
    }
  }
  return undefined;
}

/** Returns the schema at a field path such as ['sources', 0, 'quote'], if any. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) current = current && childSchema(current, key);
  return current;
}

/** Returns the value at a field path inside a decoded YAML value, or undefined. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
