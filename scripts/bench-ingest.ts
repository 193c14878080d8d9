/**
 * Times ingest + de-duplication on synthetic sources made from content/sources/ (see
 * tests/fixtures/ingest/synthetic.ts): `npx tsx scripts/bench-ingest.ts [--sizes 225,900,5120]
 * [--same]`. Sizes in KB; `--same` repeats the real bodies verbatim instead of shifting each pass.
 * Prints wall and CPU time and throughput; not part of npm test.
 */
import { parseArgs } from 'node:util';
import { ingestSource } from '../src/lib/ingest/ingest';
import { syntheticSource } from '../tests/fixtures/ingest/synthetic';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '225,900,5120' }, same: { type: 'boolean' } },
});

for (const kb of values.sizes.split(',').map(Number)) {
  const text = syntheticSource(kb * 1024, !values.same);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = ingestSource({ file: 'synthetic.txt', text });
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  console.log(
    `${kb} KB: ${wall.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, ${(mb / (wall / 1000)).toFixed(2)} MB/s; ${result.charsOut} characters out`,
  );
}
