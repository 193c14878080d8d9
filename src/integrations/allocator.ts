/**
 * Imported first by astro.config.mjs. `npm run build` (scripts/build.ts) starts Astro with
 * MIMALLOC_PURGE_DELAY=0 meant for the bundler alone: rolldown's allocator otherwise keeps the
 * memory of a finished bundle for good (it schedules the release, and nothing runs it once the
 * bundler is idle; about 0.7 GB at 10k rounds). Vite imports rolldown before it loads this
 * config, so that allocator has read the setting by now. The PNG renderer, loaded next by the
 * chart integration, has its own copy of the same allocator, which frees and takes memory for
 * every chart; releasing at once there more than tripled the build's system time
 * (BENCHMARKS.md). So the setting is taken back out of the environment here, before it loads.
 * A MIMALLOC_PURGE_DELAY the user set stays: build.ts marks only its own.
 */
if (process.env.ATLAS_BUNDLER_PURGE_DELAY === '1') {
  delete process.env.MIMALLOC_PURGE_DELAY;
  delete process.env.ATLAS_BUNDLER_PURGE_DELAY;
}
