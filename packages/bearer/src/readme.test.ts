// Every `// => value` and `// throws CODE` of the README's and the JSDoc's ```ts blocks runs here
// (see config/examples.ts), types stripped by TypeScript's transpiler; and every README block
// type-checks under `tsc --strict` (config/typecheck-examples.ts), the usage example included.
import { describe, expect, it } from 'vitest';
import { claims, jsdocExamples, readmeExamples, testExamples } from '../../../config/examples.ts';
import { transpileExamples, typecheckExamples } from '../../../config/typecheck-examples.ts';
import * as bearer from './index.ts';

/** What the README's snippets take from the code around them. */
const PRELUDE = `
declare let accessToken: string;
declare let refreshToken: string;
declare const apiToken: string;
declare const pastedToken: string;
declare const url: URL;
declare const headers: Headers;
declare function refreshAccessToken(): Promise<void>;
declare function refresh(refreshToken: string): Promise<{ accessToken: string; refreshToken: string }>;
`;

describe('README', () => {
  const all = readmeExamples(new URL('../README.md', import.meta.url));

  it('type-checks every ```ts block under tsc --strict', () => {
    const diagnostics = typecheckExamples(all, {
      name: '@auth/bearer',
      entry: new URL('./index.ts', import.meta.url),
      exports: Object.keys(bearer),
      prelude: PRELUDE,
      siblings: { '@auth/basic-token': new URL('../../basic-token/src/index.ts', import.meta.url) },
    });
    expect(diagnostics).toEqual([]);
  }, 30_000);

  // Blocks that assert run; the others (fetch, migration) only show usage.
  const blocks = transpileExamples(all).filter(({ code }) => claims(code));
  it('has examples to check, the client and server usage among them', () => {
    expect(blocks.reduce((sum, { code }) => sum + claims(code), 0)).toBeGreaterThan(20);
    expect(blocks.some(({ code }) => code.includes('async function getMe'))).toBe(true);
  });
  testExamples(blocks, bearer);
});

describe('JSDoc @example blocks', () => {
  // The BearerError example only shows a catch; the others assert.
  const examples = jsdocExamples(new URL('.', import.meta.url)).filter(({ code }) => claims(code));
  it('has examples to check', () => {
    expect(examples.reduce((sum, { code }) => sum + claims(code), 0)).toBeGreaterThan(12);
  });
  testExamples(examples, bearer);
});
