import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { roundTemplate } from '../src/lib/data/round-template';

const USAGE = `usage: npm run new:round -- <id> [--company <id>] [--date YYYY-MM] [--amount 150億ドル] [--article <slug>]
  writes data/funding-rounds/<id>.yaml with every field present and explained`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    company: { type: 'string' },
    date: { type: 'string' },
    amount: { type: 'string' },
    article: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const id = positionals[0];
if (values.help || !id) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
  console.error(
    `new:round: "${id}" is not a valid id (use lower-case ASCII words joined by hyphens, e.g. 2025-11-anthropic-series-g)`,
  );
  process.exit(1);
}
const path = join('data', 'funding-rounds', `${id}.yaml`);
if (existsSync(path)) {
  console.error(`new:round: ${path} already exists; edit it or choose another id`);
  process.exit(1);
}
writeFileSync(path, roundTemplate(values));
console.log(`wrote ${path}\nfill it in, then run: npm run validate -- ${path}`);
