// Runs the smoke checks of every package and prints one line per failure, then
// `<label>: N passed, N failed`. Portable: Node (import and require), Deno, Bun, a browser.
import type { Checks } from './assert.js';

export interface SmokeResult {
  passed: number;
  failed: number;
  failures: string[];
}

/** Runs each package's checks, one after another; never throws. */
export async function runChecks(byPackage: Record<string, Checks>): Promise<SmokeResult> {
  const result: SmokeResult = { passed: 0, failed: 0, failures: [] };
  for (const [name, checks] of Object.entries(byPackage)) {
    for (const [title, check] of Object.entries(checks)) {
      try {
        await check();
        result.passed++;
      } catch (error) {
        result.failed++;
        result.failures.push(`${name}: ${title}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return result;
}

/** The result as the lines a runner prints, the last one `<label>: N passed, N failed`. */
export function formatSmoke(label: string, { passed, failed, failures }: SmokeResult): string {
  return [
    ...failures.map((failure) => `  FAIL ${failure}`),
    `${label}: ${passed} passed, ${failed} failed`,
  ].join('\n');
}
