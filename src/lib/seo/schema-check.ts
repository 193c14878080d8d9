/**
 * A small offline checker for the schema.org types this site emits. Each type lists the
 * properties Google's structured-data guidelines require and the schema.org properties we
 * allow (the type's own plus those inherited from Thing/CreativeWork); nested nodes with an
 * @type are checked by their own rules. It is deliberately strict: an unknown property is an
 * error, because a typo in a property name silently drops the data.
 */

type Check = 'url' | 'date' | 'text' | 'bool' | 'number' | 'node' | 'any';

interface TypeRule {
  required: readonly string[];
  allowed: Readonly<Record<string, Check>>;
}

const THING = {
  '@context': 'url',
  '@type': 'text',
  '@id': 'url',
  name: 'text',
  alternateName: 'text',
  description: 'text',
  url: 'url',
  sameAs: 'url',
  image: 'url',
} as const satisfies Record<string, Check>;

const CREATIVE_WORK = {
  ...THING,
  inLanguage: 'text',
  license: 'url',
  creator: 'node',
  publisher: 'node',
  author: 'node',
  keywords: 'text',
  about: 'node',
  datePublished: 'date',
  dateModified: 'date',
  isAccessibleForFree: 'bool',
  mainEntityOfPage: 'url',
  subjectOf: 'node',
  headline: 'text',
  encodingFormat: 'text',
  contentUrl: 'url',
} as const satisfies Record<string, Check>;

/** The rule for each schema.org type the site emits. */
export const RULES: Readonly<Record<string, TypeRule>> = {
  NewsArticle: { required: ['headline', 'url', 'publisher'], allowed: CREATIVE_WORK },
  Dataset: {
    required: ['name', 'description', 'license', 'creator', 'distribution'],
    allowed: { ...CREATIVE_WORK, distribution: 'node', variableMeasured: 'text' },
  },
  DataDownload: { required: ['contentUrl', 'encodingFormat'], allowed: CREATIVE_WORK },
  Organization: {
    required: ['name'],
    allowed: { ...THING, foundingDate: 'date', address: 'node', logo: 'url' },
  },
  PostalAddress: { required: ['addressCountry'], allowed: { ...THING, addressCountry: 'text' } },
  CreativeWork: { required: ['url'], allowed: CREATIVE_WORK },
  BreadcrumbList: { required: ['itemListElement'], allowed: { ...THING, itemListElement: 'node' } },
  ListItem: {
    required: ['position', 'name', 'item'],
    allowed: { ...THING, position: 'number', item: 'url' },
  },
  WebSite: { required: ['name', 'url'], allowed: { ...CREATIVE_WORK, potentialAction: 'node' } },
  SearchAction: {
    required: ['target', 'query-input'],
    allowed: { ...THING, target: 'text', 'query-input': 'text' },
  },
};

const DATE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function checkValue(kind: Check, v: unknown, path: string, out: string[]): void {
  if (Array.isArray(v)) {
    if (v.length === 0) out.push(`${path}: empty array`);
    v.forEach((x, i) => checkValue(kind, x, `${path}[${i}]`, out));
    return;
  }
  const bad = (what: string) => out.push(`${path}: expected ${what}, got ${JSON.stringify(v)}`);
  if (kind === 'url') {
    if (typeof v !== 'string' || !/^https?:\/\/[^/\s]+/.test(v)) bad('an absolute http(s) URL');
  } else if (kind === 'date') {
    if (typeof v !== 'string' || !DATE.test(v)) bad('an ISO 8601 date');
  } else if (kind === 'text') {
    if (typeof v !== 'string' || v.trim() === '') bad('non-empty text');
  } else if (kind === 'bool') {
    if (typeof v !== 'boolean') bad('a boolean');
  } else if (kind === 'number') {
    if (typeof v !== 'number' || !Number.isFinite(v)) bad('a number');
  } else if (kind === 'node') {
    if (typeof v !== 'object' || v === null) bad('a typed node');
    else out.push(...checkNode(v as Record<string, unknown>, path));
  }
}

/**
 * Returns every problem with one JSON-LD node and its nested nodes as '<path>: <message>';
 * an empty list means the node uses only known types and properties, with every required one.
 */
export function checkNode(node: Record<string, unknown>, path = '$'): string[] {
  const type = node['@type'];
  if (typeof type !== 'string') return [`${path}: missing @type`];
  const rule = RULES[type];
  if (!rule) return [`${path}: type ${type} has no rule`];
  const out: string[] = [];
  for (const p of rule.required) if (node[p] === undefined) out.push(`${path}: ${type} needs ${p}`);
  for (const [p, v] of Object.entries(node)) {
    const kind = rule.allowed[p];
    if (!kind) out.push(`${path}: ${type} does not allow ${p}`);
    else checkValue(kind, v, `${path}.${p}`, out);
  }
  return out;
}

/** Returns the problems of a parsed ld+json body, which holds one node or an array of them. */
export function checkJsonLd(body: unknown): string[] {
  const nodes = Array.isArray(body) ? body : [body];
  return nodes.flatMap((n, i) => {
    const path = nodes.length > 1 ? `$[${i}]` : '$';
    if (typeof n !== 'object' || n === null) return [`${path}: not an object`];
    const node = n as Record<string, unknown>;
    const context =
      node['@context'] === 'https://schema.org'
        ? []
        : [`${path}: @context must be https://schema.org`];
    return [...context, ...checkNode(node, path)];
  });
}
