// Every `@example` in the JSDoc of src/*.ts and every asserting ```ts block of the README runs
// here (see config/examples.ts for the `// => value` and `// throws CODE` conventions).
import { describe, expect, it } from 'vitest';
import { claims, jsdocExamples, readmeExamples, readText, testExamples } from '../../../config/examples.ts';
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
  // Blocks that assert (`// =>` or `// throws`) run; the others (fetch, servers) only show usage.
  const blocks = readmeExamples(readme).filter(({ code }) => claims(code) > 0);

  it('has a section per export and runnable examples', () => {
    const text = readText(readme);
    for (const name of Object.keys(mod)) expect(text, name).toMatch(new RegExp(`^### \`${name}\\b`, 'm'));
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  testExamples(blocks, mod);
});
