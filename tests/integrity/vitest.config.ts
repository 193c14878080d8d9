import { defineConfig } from 'vitest/config';

/** Checks of the built site in dist/: run after `npm run build`, before the browser tests. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/integrity/**/*.test.ts'],
    env: { TZ: 'UTC' },
    // Two tests build a copy of the project; each build takes seconds to a minute.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
