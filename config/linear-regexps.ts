/// <reference types="node" />
// Linear time, checked without a clock: every regular expression literal of a package's source
// (found by TypeScript's own parser, so none hides in a string or a comment) goes through
// recheck, which decides whether any input can make it backtrack super-linearly (ReDoS): by
// automaton analysis, a proof, where the pattern allows it; by fuzzing with a fixed seed where
// lookarounds rule the automaton out. Timing a parse on hostile input would be noise on a
// shared machine; this gives the same verdict on every run, and names the pattern at fault.
import { readdirSync, readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { expect, it } from 'vitest';

/** A regular expression literal of a source file. */
export interface SourceRegExp {
  file: string;
  pattern: string;
  flags: string;
}

/** Every regular expression literal of the source files (not the tests) of a folder. */
export function sourceRegExps(src: URL): SourceRegExp[] {
  const found: SourceRegExp[] = [];
  for (const file of readdirSync(src).sort()) {
    if (!file.endsWith('.ts') || file.includes('.test')) continue;
    const text = readFileSync(new URL(file, src), 'utf8');
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        found.push({ file, pattern: literal.slice(1, end), flags: literal.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  }
  return found;
}

/**
 * Fuzzing a pattern takes a few seconds, more on a loaded machine: the time it may take, which
 * is not what the test measures (the verdict is).
 */
const ANALYSIS_TIMEOUT_MS = 120_000;

/**
 * One test per regular expression of `src`: recheck must call it `safe` (`vulnerable` fails
 * with the attack string it found; `unknown` fails too: rewrite the pattern so it can decide).
 */
export function testLinearRegExps(src: URL): void {
  const regexps = sourceRegExps(src);
  it('the source has regular expressions to check', () => expect(regexps.length).toBeGreaterThan(0));
  for (const { file, pattern, flags } of regexps) {
    it(
      `${file}: /${pattern}/${flags} cannot backtrack super-linearly`,
      () => {
        const diagnostics = checkSync(pattern, flags, { checker: 'auto', randomSeed: 6750, timeout: null });
        const attack = diagnostics.status === 'vulnerable' ? ` (attack: ${diagnostics.attack.pattern})` : '';
        expect(`${diagnostics.status}${attack}`).toBe('safe');
      },
      ANALYSIS_TIMEOUT_MS,
    );
  }
}
