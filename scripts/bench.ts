/**
 * `npm run bench [-- --quick] [--size 1x,10x] [--strict] [--no-peers] [--keep]`: generates a
 * synthetic corpus per size in a temporary copy of the project, measures validation, ingest,
 * the build and a warm rebuild, builds the same company pages with the peers, prints a table
 * and writes bench/results.json. See BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, machine, mergeSizes } from './bench/report';
import { runSize } from './bench/run';
import { isSizeName, SIZE_NAMES, type SizeName } from './bench/sizes';
import { checkTargets, type SizeResult } from './bench/targets';

const USAGE = `usage: npm run bench [-- --quick | --size <${SIZE_NAMES.join('|')}>[,...]] [--strict] [--no-peers] [--no-warm] [--keep] [--seed N]
  default sizes: 1x,10x,100x (10k only when asked for: its build takes many minutes)
  --quick     1x only: no peers, no warm rebuild, results.json left alone (under a minute)
  --strict    exit 1 when a target is missed
  --keep      keep the temporary project copies for inspection`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    size: { type: 'string' },
    strict: { type: 'boolean' },
    'no-peers': { type: 'boolean' },
    'no-warm': { type: 'boolean' },
    keep: { type: 'boolean' },
    seed: { type: 'string', default: '20260301' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const requested = values.quick ? ['1x'] : (values.size ?? '1x,10x,100x').split(',');
const bad = requested.filter((s) => !isSizeName(s));
if (bad.length > 0) {
  console.error(`bench: unknown size ${bad.join(', ')}\n${USAGE}`);
  process.exit(2);
}

const project = fileURLToPath(new URL('..', import.meta.url));
const seed = Number(values.seed);
const fresh: SizeResult[] = [];
for (const size of requested as SizeName[]) {
  fresh.push(
    await runSize(size, {
      project,
      seed,
      peers: !values.quick && !values['no-peers'],
      warm: !values.quick && !values['no-warm'],
      keep: !!values.keep,
      peerCache: join(tmpdir(), 'atlas-bench-peers'),
      log: (line) => console.error(`bench: ${line}`),
    }),
  );
}

// A quick run is a smoke test: it prints its numbers but leaves the fuller record alone.
const out = join(project, 'bench/results.json');
const sizes = values.quick ? fresh : mergeSizes(out, fresh);
const targets = checkTargets(sizes);
if (!values.quick) {
  mkdirSync(join(project, 'bench'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ machine: machine(), seed, sizes, targets }, null, 2)}\n`);
}
console.log(formatReport(sizes, targets));
console.log(
  values.quick
    ? '\n--quick: bench/results.json not updated'
    : `\nwrote bench/results.json (sizes: ${sizes.map((s) => s.size).join(', ')})`,
);
if (values.strict && targets.some((t) => t.status === 'missed')) process.exitCode = 1;
