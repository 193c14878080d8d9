import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { formatProblem, validateTree } from '../../../src/lib/validate/index';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

it('validateTree(real root) reports no problems', () => {
  const { problems, filesChecked } = validateTree({ root: ROOT });
  expect(filesChecked).toBeGreaterThan(0);
  // The failure diff lists every problem, the same lines `npm run validate` prints.
  expect(problems.map(formatProblem)).toEqual([]);
});
