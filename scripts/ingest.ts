/**
 * Turns raw sources into MDX articles: `npm run ingest -- [--out <folder>] [<file-or-folder>...]`.
 * With no arguments, ingests content/sources/ into content/articles/. See docs/ingest.md.
 */
import { main } from '../src/lib/ingest/main';

process.exitCode = await main(process.argv.slice(2));
