import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { YAML_OPTIONS } from '../../../src/lib/validate/decode';
import { readPlainYaml } from '../../../src/lib/validate/yaml-plain';

/** What the yaml package makes of `text`: its value, or undefined when it reports an error. */
function viaYaml(text: string): unknown {
  const doc = parseDocument(text, YAML_OPTIONS);
  let tagged = false;
  if (doc.errors.length > 0) return undefined;
  JSON.stringify(doc.contents, (_, v: { tag?: string }) => {
    if (v && typeof v === 'object' && v.tag) tagged = true;
    return v;
  });
  return tagged ? undefined : doc.toJS();
}

// A small deterministic generator, so a failure names a seed that reproduces it.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Scalars and keys the subset reads, then ones it must leave to the yaml package.
const GOOD_SCALARS = [
  '"3億ドル"',
  '"2025-11"',
  '"a: b"',
  '"# x"',
  '""',
  '" padded "',
  '2026',
  '0',
  '-12',
  'anduril',
  'OpenAI',
  'Series B',
  'a.b/c+d',
  '25億ドル級',
  '評価額300億ドル超',
  '123456789012345',
  '2025-11-05',
  '0000_bench-article-1.txt',
  '1_000',
  'v1.2',
  '1.5',
  '1e3',
  '0o17',
  'Nullish',
  'yes',
  'no',
  'on',
  'é',
  '"\u3000全角"',
];
const GOOD_KEYS = ['company', 'amount', '"quote"', '"a b"', '"a: b"', 'Key', '"k"', '"123"'];
const SCALARS = [
  '"3億ドル"',
  '"2025-11"',
  '"a: b"',
  '"# x"',
  '""',
  '" padded "',
  '"say \\"hi\\""',
  '"tab\\t"',
  '2026',
  '0',
  '-12',
  '007',
  '+5',
  '-0',
  '1.5',
  '1e3',
  '0x1f',
  '0o17',
  '.inf',
  '.nan',
  '~',
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'FALSE',
  'yes',
  'no',
  'on',
  'anduril',
  'OpenAI',
  'Series B',
  'a.b/c+d',
  '25億ドル級',
  '評価額300億ドル超',
  'x: y',
  'a #c',
  'a#b',
  "'single'",
  '[a, b]',
  '{a: 1}',
  '&anchor x',
  '*alias',
  '!tag x',
  '!!str 1',
  '|',
  '>-',
  '- x',
  'a,b',
  'ドル ',
  ' ドル',
  'ドル\u3000',
  '@x',
  '`x`',
  '%x',
  'https://example.com/a',
  'a\\b',
  '123456789012345',
  '1234567890123456',
  '2025-11-05',
  '12:30',
  'é',
  '\u00a0x',
];
const KEYS = [
  'company',
  'amount',
  '"quote"',
  '"a b"',
  '"a: b"',
  'null',
  'true',
  'True',
  '"__proto__"',
  '__proto__',
  'Key',
  'k-1',
  '"k"',
  '"123"',
  '1',
  '"x\\"y"',
  '? a',
  'a b',
  '"é"',
  '<<',
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

const scalarOf = (next: () => number) => pick(next, next() < 0.93 ? GOOD_SCALARS : SCALARS);
const keyOf = (next: () => number) => pick(next, next() < 0.93 ? GOOD_KEYS : KEYS);

// Builds a record-like YAML text, sometimes slightly broken: odd indents, duplicates, blanks.
function generate(next: () => number, indent = 0, depth = 0): string[] {
  const lines: string[] = [];
  const pad = ' '.repeat(indent);
  const entries = 1 + Math.floor(next() * 4);
  for (let e = 0; e < entries; e++) {
    const key = keyOf(next);
    const roll = next();
    if (roll < 0.55 || depth > 2) {
      lines.push(`${pad}${key}: ${scalarOf(next)}`);
    } else if (roll < 0.75) {
      const seqIndent = next() < 0.5 ? indent : indent + 1 + Math.floor(next() * 3);
      lines.push(`${pad}${key}:`);
      const items = Math.floor(next() * 3);
      for (let i = 0; i < items; i++) {
        if (next() < 0.5) {
          lines.push(`${' '.repeat(seqIndent)}- ${scalarOf(next)}`);
        } else {
          const inner = generate(next, seqIndent + 2, depth + 1);
          lines.push(`${' '.repeat(seqIndent)}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
        }
      }
    } else if (roll < 0.9) {
      lines.push(
        `${pad}${key}:`,
        ...generate(next, indent + 1 + Math.floor(next() * 3), depth + 1),
      );
    } else {
      lines.push(next() < 0.5 ? '' : `${pad}${key}:`);
    }
  }
  if (next() < 0.05) lines.push(`${' '.repeat(Math.floor(next() * 5))}${scalarOf(next)}`);
  if (next() < 0.03) lines.splice(Math.floor(next() * lines.length), 0, '# comment');
  if (next() < 0.03) lines.push(`${pad}\t${keyOf(next)}: 1`);
  return lines;
}

describe('readPlainYaml', () => {
  it('reads a record as the yaml package does', () => {
    const text = [
      '"company": "dordornor-robotics"',
      'status: closed',
      '"year": 2026',
      'amount: 25億ドル級',
      '"investors":',
      '  - "tahiki-ventures"',
      'sources:',
      '- article: ai-hegemony',
      '  "quote": "Andurilは25億ドル級資金を調達し、評価額300億ドル超へ成長した。"',
      '',
      'name: OpenAI Global',
    ].join('\n');
    const value = readPlainYaml(text);
    expect(value).toEqual({
      company: 'dordornor-robotics',
      status: 'closed',
      year: 2026,
      amount: '25億ドル級',
      investors: ['tahiki-ventures'],
      sources: [
        {
          article: 'ai-hegemony',
          quote: 'Andurilは25億ドル級資金を調達し、評価額300億ドル超へ成長した。',
        },
      ],
      name: 'OpenAI Global',
    });
    expect(value).toStrictEqual(viaYaml(text));
  });

  it('leaves everything it does not fully understand to the yaml package', () => {
    for (const text of [
      'a: 1\na: 2', // duplicate key: yaml reports it
      'notes: >-\n  folded', // block scalar
      'a: 1 # comment',
      '# comment\na: 1',
      'a: "x\\ty"', // escapes
      'a: [1, 2]',
      'a: !tag x',
      'a: &x 1\nb: *x',
      'a:\nb: 1', // empty value (null)
      'a: b\n  c', // a plain scalar continued on the next line
      'a: 1.5',
      'a: 0x1f',
      'a: true',
      '- a',
      '  a: 1',
      'a:\r\n  - x',
      'a:\t1',
      '"__proto__": 1',
      '---\na: 1',
    ]) {
      expect(readPlainYaml(text), text).toBeUndefined();
    }
  });

  it('agrees with the yaml package on every generated text it accepts', () => {
    let accepted = 0;
    for (let seed = 1; seed <= 20_000; seed++) {
      const text = generate(random(seed)).join('\n');
      const fast = readPlainYaml(text);
      if (fast === undefined) continue;
      accepted++;
      const slow = viaYaml(text);
      if (!isDeepStrictEqual(fast, slow) || JSON.stringify(fast) !== JSON.stringify(slow)) {
        expect.fail(
          `seed ${seed}:\n${text}\nfast ${JSON.stringify(fast)}\nyaml ${JSON.stringify(slow)}`,
        );
      }
    }
    // The generator must exercise the fast path, not only the fallback.
    expect(accepted).toBeGreaterThan(2000);
  });
});
