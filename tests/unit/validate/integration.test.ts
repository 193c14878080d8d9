import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateData } from '../../../src/integrations/validate';

const VALID = fileURLToPath(new URL('../../fixtures/valid/', import.meta.url));

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'validate-integration-'));
  cpSync(VALID, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup(command: string) {
  const logger = { info: vi.fn(), warn: vi.fn() };
  const hook = validateData().hooks['astro:config:setup']!;
  const run = () =>
    (hook as (options: unknown) => void)({
      command,
      config: { root: pathToFileURL(root + '/') },
      logger,
    });
  return { run, logger };
}

describe('validateData()', () => {
  it('astro:config:setup on build passes a clean tree and logs the count', () => {
    const { run, logger } = setup('build');
    expect(run).not.toThrow();
    expect(logger.info).toHaveBeenCalledWith('7 files checked, no errors');
  });

  it('astro:config:setup on build throws every problem without a stack trace', () => {
    writeFileSync(join(root, 'data/funding-rounds/bad.yaml'), 'company: [\n');
    writeFileSync(join(root, 'data/companies/empty.yaml'), '');
    const { run } = setup('build');
    let error: Error | undefined;
    try {
      run();
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message.split('\n')).toEqual([
      'Data validation failed: 2 errors in 2 files (9 files checked)',
      'data/companies/empty.yaml: file: file is empty (hint: write the record as `field: value` lines, or delete the file)',
      expect.stringMatching(/^data\/funding-rounds\/bad\.yaml: yaml: line 2, column 1: /),
    ]);
    expect(error?.stack).toBe('');
  });

  it('astro:config:setup on dev only warns', () => {
    writeFileSync(join(root, 'data/companies/empty.yaml'), '');
    const { run, logger } = setup('dev');
    expect(run).not.toThrow();
    expect(logger.warn).toHaveBeenLastCalledWith('1 error in 1 file (8 files checked)');
  });
});
