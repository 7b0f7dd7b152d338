import { defineConfig, type Options } from 'tsup';

/**
 * The one build every package shares: ESM with its declaration files, unminified so stack
 * traces and audits read the source. ESM only, like jose and oauth4webapi: one copy of each
 * module means one copy of each error class, so `instanceof` holds for every caller (a CJS
 * twin would be a second class), and Node 20.19+ can `require()` it.
 * `entry` lists the runtime-specific entries (tls-check) beside `src/index.ts`.
 */
export function packageBuild(entry: Record<string, string> = { index: 'src/index.ts' }): Options {
  return {
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    splitting: false,
    treeshake: true,
  };
}

export default defineConfig(packageBuild());
