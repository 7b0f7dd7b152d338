// Types of interop-cors.js, for the TypeScript tests that read the corpus (packages/cors-policy:
// the Chromium end-to-end test replays its WPT cases; the README's tally is checked against it).
export type Verdict = 'same' | 'stricter' | 'looser' | 'different';

export interface InteropCase {
  title: string;
  options: unknown;
  request?: { url?: string; method?: string; headers?: Record<string, string> };
  /** WPT cases: the page's fetch(). */
  fetch?: { method: string; headers: [string, string][]; credentials?: RequestCredentials };
  theirs: Record<string, unknown> | null;
  /** What we answer, or the code we refuse with. */
  ours: Record<string, unknown> | string;
  verdict: Verdict;
  why?: string;
}

export interface InteropGroup {
  peer: string;
  source: string;
  cases: InteropCase[];
}

export const corpus: InteropGroup[];
export const notPorted: { file: string; why: string }[];
export function suiteOf(group: InteropGroup): string;
export function tally(): Record<string, Record<Verdict | 'cases', number>>;
