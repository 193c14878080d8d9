/**
 * Times ingest + de-duplication on synthetic sources made from content/sources/ (see
 * tests/fixtures/ingest/synthetic.ts): `npx tsx scripts/bench-ingest.ts [--sizes 225,900,5120]
 * [--same]`. Sizes in KB; `--same` repeats the real bodies verbatim instead of shifting each pass.
 * With `--dir <project>`, times the whole CLI (read, convert, check, write) on that project's
 * content/sources into a temporary folder instead, once on one thread and once as the CLI
 * chooses (`--threads` forces a worker). Prints wall and CPU time and throughput, with the load
 * average; not part of npm test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestSource } from '../src/lib/ingest/ingest';
import { main } from '../src/lib/ingest/main';
import { syntheticSource } from '../tests/fixtures/ingest/synthetic';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '225,900,5120' },
    same: { type: 'boolean' },
    dir: { type: 'string' },
    threads: { type: 'boolean' },
  },
});

/** Runs `work` and returns its wall and CPU (this process, all threads) milliseconds. */
async function timed(work: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const line = (label: string, mb: number, t: { wall: number; cpu: number }, tail: string) =>
  `${label}: ${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU, ${(mb / (t.wall / 1000)).toFixed(2)} MB/s; ${tail} (load ${loadavg()[0]!.toFixed(2)})`;

if (values.dir) {
  const sources = join(values.dir, 'content/sources');
  const files = await readdir(sources);
  const sizes = await Promise.all(files.map((f) => stat(join(sources, f)).then((s) => s.size)));
  const mb = sizes.reduce((a, b) => a + b, 0) / 1024 / 1024;
  for (const threads of [false, values.threads ? true : undefined]) {
    const out = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
    let code = 0;
    const t = await timed(async () => {
      code = await main(['--out', out, sources], {
        cwd: values.dir,
        stdout: () => {},
        stderr: (l) => console.error(l),
        threads,
      });
    });
    rmSync(out, { recursive: true, force: true });
    const how = threads === false ? 'one thread' : threads ? 'worker' : 'as chosen';
    console.log(line(`${files.length} files, ${mb.toFixed(1)} MB, ${how}`, mb, t, `exit ${code}`));
  }
} else {
  for (const kb of values.sizes.split(',').map(Number)) {
    const text = syntheticSource(kb * 1024, !values.same);
    let chars = 0;
    const t = await timed(() => (chars = ingestSource({ file: 'synthetic.txt', text }).charsOut));
    const mb = Buffer.byteLength(text) / 1024 / 1024;
    console.log(line(`${kb} KB`, mb, t, `${chars} characters out`));
  }
}
