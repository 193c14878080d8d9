/**
 * A fast reader for the plainest YAML records: block mappings and sequences, one scalar a line,
 * written the way `npm run ingest` and most hand edits write them. It returns the value only
 * when the text is in that subset, where the `yaml` package (YAML 1.2 core schema) would read
 * it without error to the same value; for anything else (comments, block scalars, flow
 * collections, escapes, tags, anchors, duplicate keys, odd indentation, numbers other than
 * plain integers...) it returns undefined and the caller parses with `yaml`. The 24k files of
 * a 10k-round corpus read in about 0.15 s this way against about 2 s with parseDocument().toJS();
 * tests/unit/validate/yaml-plain.test.ts checks it against `yaml` on generated texts.
 */

interface Line {
  indent: number;
  text: string;
}

// Outside the subset anywhere in a file: control characters (tab and CR included), DEL and C1,
// BOM, line and paragraph separators, non-characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

// A double-quoted scalar without escapes; its value is its text.
const QUOTED = /^"([^"\\]*)"$/;
// A plain key: lowercase words; null, true and false are not strings in the core schema.
const PLAIN_KEY = /^[a-z_][a-z0-9_]*$/;
const NOT_STRINGS = new Set(['null', 'true', 'false']);
// A plain integer the core schema reads as a number exactly like Number() does.
const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
// The core schema's tests for plain scalars that are not strings (yaml/dist/schema/core, common).
const CORE_NOT_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
// A plain scalar may not start with an indicator, nor hold `:`, `#`, quotes or flow characters.
const PLAIN_START = /^[0-9A-Za-z\u00a0-\uffff]/;
const PLAIN_BANNED = /[:#{}[\],&*!|>'"%@`\\]/;
// Well below YAML's 1024-character limit on implicit keys.
const MAX_KEY = 256;

/** The sentinel for "not in the subset": parse with the yaml package instead. */
const OUT = Symbol('outside the subset');
type Out = typeof OUT;

function key(text: string): string | Out {
  if (text.length > MAX_KEY) return OUT;
  const quoted = QUOTED.exec(text);
  const name = quoted ? quoted[1]! : PLAIN_KEY.test(text) && !NOT_STRINGS.has(text) ? text : OUT;
  return name === '__proto__' ? OUT : name;
}

function scalar(text: string): string | number | Out {
  const quoted = QUOTED.exec(text);
  if (quoted) return quoted[1]!;
  if (text !== text.trim() || !PLAIN_START.test(text) || PLAIN_BANNED.test(text)) return OUT;
  if (INTEGER.test(text)) return Number(text);
  // Any other null, boolean or number is left to the yaml package; the rest are strings.
  return CORE_NOT_STRING.some((test) => test.test(text)) ? OUT : text;
}

// Splits `key: value` or `key:` into key and value text; undefined when the line is no entry.
function entry(text: string): [string, string | undefined] | undefined {
  const end = text.startsWith('"') ? text.indexOf('"', 1) + 1 : text.indexOf(':');
  if (end <= 0 || text[end] !== ':') return undefined;
  const name = text.slice(0, end);
  if (end === text.length - 1) return [name, undefined];
  return text[end + 1] === ' ' ? [name, text.slice(end + 2)] : undefined;
}

class Reader {
  i = 0;
  constructor(readonly lines: Line[]) {}

  private get next(): Line | undefined {
    return this.lines[this.i];
  }

  // A value after `key:` with nothing on its line: a deeper block, or a list at the key's indent.
  private block(indent: number): unknown {
    const line = this.next;
    if (!line) return OUT;
    if (line.indent > indent) {
      return line.text.startsWith('- ') ? this.seq(line.indent) : this.map(line.indent);
    }
    return line.indent === indent && line.text.startsWith('- ') ? this.seq(indent) : OUT;
  }

  map(indent: number): Record<string, unknown> | Out {
    const out: Record<string, unknown> = {};
    for (let line = this.next; line && line.indent === indent; line = this.next) {
      const parts = entry(line.text);
      if (!parts) return OUT;
      const name = key(parts[0]);
      if (name === OUT || Object.hasOwn(out, name)) return OUT;
      this.i++;
      const value = parts[1] === undefined ? this.block(indent) : scalar(parts[1]);
      if (value === OUT) return OUT;
      out[name] = value;
    }
    return (this.next?.indent ?? -1) > indent ? OUT : out;
  }

  seq(indent: number): unknown[] | Out {
    const out: unknown[] = [];
    for (let line = this.next; line && line.indent === indent; line = this.next) {
      if (!line.text.startsWith('- ')) break;
      const item = line.text.slice(2);
      let value: unknown;
      if (entry(item)) {
        // `- key: value` opens a mapping whose keys line up after the dash.
        this.lines[this.i] = { indent: indent + 2, text: item };
        value = this.map(indent + 2);
      } else {
        this.i++;
        value = scalar(item);
      }
      if (value === OUT) return OUT;
      out.push(value);
    }
    return (this.next?.indent ?? -1) > indent ? OUT : out;
  }
}

/**
 * Returns the top-level mapping of `text` when it lies in the plain subset described above,
 * exactly as the yaml package would read it; undefined for any other text.
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (UNSAFE.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length) continue;
    lines.push({ indent, text: raw.slice(indent) });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  const reader = new Reader(lines);
  const value = reader.map(0);
  return value === OUT || reader.i !== lines.length ? undefined : value;
}
