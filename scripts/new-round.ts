import { runCli } from './lib/new-cli';

await runCli('round');
