// Every `@example` in the JSDoc of src/*.ts and every ```ts block of the README runs here (see
// config/examples.ts for the `// => value` and `// throws CODE` conventions).
import { describe, expect, it } from 'vitest';
import { jsdocExamples, readmeExamples, readText, testExamples } from '../../../config/examples.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import * as web from './index.ts';
import * as node from './node.ts';

describe('JSDoc @example blocks', () => {
  const examples = jsdocExamples(new URL('.', import.meta.url));

  it('cover every export of both entries', () => {
    const documented = examples.map(({ code }) => code).join('\n');
    for (const name of new Set([...Object.keys(web), ...Object.keys(node)]))
      expect(documented, name).toContain(name);
  });

  // The browser/Workers checkTls and checkRuntime live in web.ts; everything else runs in Node.
  testExamples(examples, (file) => (file === 'web.ts' ? web : node));
});

describe('README', () => {
  const readme = readText(new URL('../README.md', import.meta.url));
  const blocks = readmeExamples(new URL('../README.md', import.meta.url));

  it('has a section per export, and a table row per problem, note and error code', () => {
    for (const name of Object.keys(node)) expect(readme, name).toMatch(new RegExp(`^### ${name}\\b`, 'm'));
    for (const code of [...vectors.problemCodes, ...vectors.noteCodes, ...vectors.errorCodes]) {
      expect(readme, code).toContain(`| \`${code}\``);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('lists exactly the codes of the type unions (the vectors hold them once for every test)', () => {
    const union = (file: string, name: string) => {
      const source = readText(new URL(file, import.meta.url));
      const start = source.indexOf(`export type ${name} =`);
      return [...source.slice(start, source.indexOf(';', start)).matchAll(/'([A-Z_0-9]+)'/g)].map(
        ([, code]) => code,
      );
    };
    expect(union('./types.ts', 'TlsProblemCode')).toEqual(vectors.problemCodes);
    expect(union('./types.ts', 'TlsNoteCode')).toEqual(vectors.noteCodes);
    expect(union('./errors.ts', 'TlsCheckErrorCode')).toEqual(vectors.errorCodes);
  });

  testExamples(blocks, node);
});
