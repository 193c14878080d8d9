import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withReference } from '../src/lib/validate/reference';

// Rewrites the validation-message reference in CONTRIBUTING.md from the error catalogues.
const path = fileURLToPath(new URL('../CONTRIBUTING.md', import.meta.url));
const before = readFileSync(path, 'utf8');
const after = withReference(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'CONTRIBUTING.md is up to date' : 'updated CONTRIBUTING.md');
