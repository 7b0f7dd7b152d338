import { defineConfig, type Options } from 'tsup';

/**
 * The one build every package shares: ESM + CJS with their own declaration files
 * (`.d.ts` / `.d.cts`), unminified so stack traces and audits read the source.
 * `entry` lists the runtime-specific entries (tls-check) beside `src/index.ts`.
 */
export function packageBuild(entry: Record<string, string> = { index: 'src/index.ts' }): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
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
