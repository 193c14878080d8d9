/*
 * The worker thread of convert.ts: converts each source it is sent and posts the outcome back.
 * Node runs this file as TypeScript itself, so it imports only node: modules and tsx, whose
 * loader then imports the ingest (extensionless imports); under tsx the loader is already there.
 */
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import type * as Convert from './convert.ts';
import type { IngestInput } from './ingest.ts';

if (!process.execArgv.some((arg) => arg.includes('tsx'))) register();
const { outcomeOf } = (await import('./convert.ts')) as typeof Convert;

parentPort?.on('message', ({ i, input }: { i: number; input: IngestInput }) => {
  parentPort?.postMessage({ i, outcome: outcomeOf(input) });
});
