import { cancel, confirm, isCancel, select, text } from '@clack/prompts';
import { fileURLToPath } from 'node:url';
import type { DraftKind } from '../../src/lib/validate/draft';
import { runNew, type Prompter } from './new-record';

/** The terminal prompter: @clack/prompts, with Ctrl-C read as "cancelled". */
const clack: Prompter = {
  async text(o) {
    const check = o.validate;
    const v = await text({
      message: o.message,
      ...(o.placeholder ? { placeholder: o.placeholder } : {}),
      ...(check ? { validate: (value: string | undefined) => check(value ?? '') } : {}),
    });
    return isCancel(v) ? (cancel(), undefined) : (v ?? '');
  },
  async select(o) {
    const v = await select({
      message: o.message,
      options: o.options.map((value) => ({
        value,
        label:
          o.labels?.[value] && o.labels[value] !== value ? `${o.labels[value]} (${value})` : value,
      })),
    });
    return isCancel(v) ? (cancel(), undefined) : (v as string);
  },
  async confirm(o) {
    const v = await confirm({ message: o.message });
    return isCancel(v) ? (cancel(), undefined) : v;
  },
};

/** Runs `new:<name>` for the command line: prompts only when stdin and stdout are terminals. */
export async function runCli(name: DraftKind['name']): Promise<void> {
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  process.exitCode = await runNew(name, process.argv.slice(2), {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    ...(interactive ? { prompter: clack } : {}),
  });
}
