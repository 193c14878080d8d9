import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCopy, type BuiltCopy } from './project-copy';

/*
 * Deleting one funding-round file and rebuilding must take the round out of every chart,
 * table, download and company page. The built files are read directly; nothing is served.
 */

// One worker runs this file in order, so the copy is built once rather than once per worker.
test.describe.configure({ mode: 'default' });

const MAIN = process.cwd();
const ROUNDS = join(MAIN, 'data/funding-rounds');
const PREFERRED = 'mistral-ai-2b-eur';

interface Round {
  id: string;
  company: string;
  amount: string;
}

function readRound(id: string): Round {
  const data = parse(readFileSync(join(ROUNDS, `${id}.yaml`), 'utf8'));
  return { id, company: String(data.company), amount: String(data.amount) };
}

/**
 * The Mistral AI round when its file exists, otherwise the first round whose amount as written
 * appears in no other data file, so finding that amount in a chart can only mean this round.
 */
function pickRound(): Round {
  if (existsSync(join(ROUNDS, `${PREFERRED}.yaml`))) return readRound(PREFERRED);
  const others = readdirSync(join(MAIN, 'data'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: f, text: readFileSync(join(MAIN, 'data', f), 'utf8') }));
  for (const file of readdirSync(ROUNDS).sort()) {
    const round = readRound(file.replace(/\.yaml$/, ''));
    const mine = join('funding-rounds', file);
    if (others.every((o) => o.file === mine || !o.text.includes(round.amount))) return round;
  }
  throw new Error('no funding round has an amount found in no other data file');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Chart figures by id, without the source cells, whose quotes may name other rounds' amounts. */
function figures(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<figure\b[^>]*\bclass="chart"[^>]*>[\s\S]*?<\/figure>/g)) {
    const id = /\bid="([^"]*)"/.exec(m[0])?.[1] ?? '';
    out.set(id, m[0].replace(/<td class="src">[\s\S]*?<\/td>/g, ''));
  }
  return out;
}

/** Every chart figure (page path and figure id) in a build that draws or lists `round`. */
function figuresShowing(dist: string, round: Round): string[] {
  const hits: string[] = [];
  for (const file of htmlFiles(dist)) {
    for (const [id, body] of figures(readFileSync(join(dist, file), 'utf8'))) {
      if (body.includes(`data-id="${round.id}"`) || body.includes(round.amount)) {
        hits.push(`${file}#${id}`);
      }
    }
  }
  return hits;
}

const round = pickRound();
const mainDist = join(MAIN, 'dist');
let copy: BuiltCopy | undefined;
let copyDist = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // An editor who deletes a round deletes its fact checks with it (a check of a missing record
  // fails validation, as it should).
  copy = await buildCopy('remove', (dir) => {
    rmSync(join(dir, 'data/funding-rounds', `${round.id}.yaml`));
    for (const f of readdirSync(join(dir, 'data/checks'))) {
      if (f.startsWith(`funding-rounds--${round.id}--`)) rmSync(join(dir, 'data/checks', f));
    }
  });
  copyDist = copy.dist;
});

test.afterAll(() => copy?.remove());

const SHOWN_BY_ID = [
  'data/funding-rounds/index.html',
  'data/funding-rounds.csv',
  'data/funding-rounds.json',
];

test(`the main build shows the round ${round.id} in its table, downloads, company page and charts`, () => {
  for (const file of [...SHOWN_BY_ID, `companies/${round.company}/index.html`]) {
    expect(readFileSync(join(mainDist, file), 'utf8'), file).toContain(round.id);
  }
  expect(figuresShowing(mainDist, round)).not.toEqual([]);
});

test(`after deleting ${round.id}.yaml no built file mentions the round's id`, () => {
  for (const file of SHOWN_BY_ID) {
    expect(readFileSync(join(copyDist, file), 'utf8'), file).not.toContain(round.id);
  }
  // A chart's element ids are spelled from its props (`ids={[...]}` in the MDX), not its data.
  const leftovers = readdirSync(copyDist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|csv|json)$/.test(f))
    .filter((f) =>
      readFileSync(join(copyDist, f), 'utf8')
        .replace(/\bchart-[a-z0-9-]+/g, '')
        .includes(round.id),
    );
  expect(leftovers).toEqual([]);
});

test('the downloads list exactly the funding-round files that remain', () => {
  const remaining = readdirSync(join(copy!.dir, 'data/funding-rounds'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
  expect(remaining).not.toContain(round.id);
  const json = JSON.parse(readFileSync(join(copyDist, 'data/funding-rounds.json'), 'utf8'));
  expect(json.records.map((r: { id: string }) => r.id).sort()).toEqual(remaining);
  const csv = readFileSync(join(copyDist, 'data/funding-rounds.csv'), 'utf8');
  expect(csv).not.toContain(round.amount);
});

test('the company page still exists, without the round', () => {
  const page = readFileSync(join(copyDist, `companies/${round.company}/index.html`), 'utf8');
  expect(page).toMatch(/<h1\b/);
  expect(page).not.toContain(round.id);
  for (const body of figures(page).values()) expect(body).not.toContain(round.amount);
});

test('no chart figure on any page draws or lists the round, and charts that did still exist', () => {
  const before = figuresShowing(mainDist, round);
  expect(before).not.toEqual([]);
  expect(figuresShowing(copyDist, round)).toEqual([]);
  // Removing a round must take it out of a chart, not take the chart away with it.
  const kept = before.filter((hit) => {
    const [file = '', id = ''] = hit.split('#');
    const html = join(copyDist, file);
    return existsSync(html) && figures(readFileSync(html, 'utf8')).has(id);
  });
  expect(kept, `figures that showed ${round.id}: ${before.join(', ')}`).not.toEqual([]);
});

test('every page of the main build is still built without the round, but the charts of it and its stable link', () => {
  // A chart's permalink is named after what it draws: a chart of this round's id, or of its
  // company's rounds when this was the company's only round, has nothing left to draw.
  const chartOfRound = (f: string) =>
    f.startsWith('charts/') &&
    (f.includes(round.id) || f.startsWith(`charts/chart-rounds-${round.company}/`));
  // So are the stable links of the round and of its fact checks, which have no row left.
  const linkOfRound = (f: string) =>
    f.startsWith(`data/funding-rounds/record/${round.id}/`) ||
    f.startsWith(`data/checks/record/funding-rounds--${round.id}--`);
  const missing = htmlFiles(mainDist).filter((f) => !existsSync(join(copyDist, f)));
  expect(missing.filter((f) => !chartOfRound(f) && !linkOfRound(f))).toEqual([]);
  expect(htmlFiles(copyDist).filter((f) => chartOfRound(f) || linkOfRound(f))).toEqual([]);
});
