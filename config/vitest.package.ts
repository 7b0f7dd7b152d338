import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * `pnpm test` sets AUTH_TEST_RESULTS to a folder: each package then also writes vitest's JSON
 * report there (`<package>.vitest.json`), which scripts/test.mjs reads instead of the
 * human output.
 */
const resultsFolder = process.env.AUTH_TEST_RESULTS;
const packageName = JSON.parse(readFileSync('package.json', 'utf8')).name.replace('/', '+');

/**
 * Unit tests of one package, run from that package's folder. Coverage is enforced:
 * a line no test reaches is a line no test can prove.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // A test's timeout only stops a hang (no test here is decided by a clock): property tests
    // and live servers take several seconds on a loaded 2-core machine, more than vitest's 5 s.
    testTimeout: 30_000,
    reporters: resultsFolder
      ? ['default', ['json', { outputFile: `${resultsFolder}/${packageName}.vitest.json` }]]
      : ['default'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
  },
});
