// Every `@example` in the JSDoc of src/*.ts and every asserting ```ts block of the README runs
// here (see config/examples.ts for the `// => value` and `// throws CODE` conventions), and every
// ```ts block of the README type-checks under `tsc --strict` (config/typecheck-examples.ts).
import { describe, expect, it } from 'vitest';
import { claims, jsdocExamples, readmeExamples, readText, testExamples } from '../../../config/examples.ts';
import { typecheckExamples } from '../../../config/typecheck-examples.ts';
import * as mod from './index.ts';

describe('JSDoc @example blocks', () => {
  const examples = jsdocExamples(new URL('.', import.meta.url));

  it('cover every export', () => {
    const documented = examples.map(({ code }) => code).join('\n');
    for (const name of Object.keys(mod)) expect(documented, name).toContain(name);
  });

  testExamples(examples, mod);
});

describe('README', () => {
  const readme = new URL('../README.md', import.meta.url);
  const all = readmeExamples(readme);
  // Blocks that assert (`// =>` or `// throws`) run; the others (fetch, servers) only show usage.
  const blocks = all.filter(({ code }) => claims(code) > 0);

  it('has a section per export and runnable examples', () => {
    const text = readText(readme);
    for (const name of Object.keys(mod)) expect(text, name).toMatch(new RegExp(`^### \`${name}\\b`, 'm'));
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('type-checks every ```ts block under tsc --strict, process.env included', () => {
    const prelude = 'declare const request: Request;';
    const diagnostics = typecheckExamples(all, {
      name: '@auth/basic-token',
      entry: new URL('./index.ts', import.meta.url),
      exports: Object.keys(mod),
      prelude,
    });
    expect(diagnostics).toEqual([]);
    expect(all.some(({ code }) => code.includes('process.env'))).toBe(true);
  }, 30_000);

  testExamples(blocks, mod);
});
