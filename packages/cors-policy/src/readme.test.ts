/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { claims, jsdocExamples, readmeExamples, readText, testExamples } from '../../../config/examples.ts';
import { tally } from '../../../conformance/vectors/interop-cors.js';
import * as errors from './errors.ts';
import * as index from './index.ts';
import { assertCorsAllowedAuth, CorsPolicyError, createCorsPolicy } from './index.ts';
import * as options from './options.ts';
import * as origin from './origin.ts';
import * as response from './response.ts';
import * as show from './show.ts';

const README = new URL('../README.md', import.meta.url);
const readmeText = readText(README);
const every = readmeExamples(README);

// The JSDoc also documents internal helpers: their examples run with the module's own exports.
const scope: Record<string, unknown> = {
  ...errors,
  ...options,
  ...origin,
  ...response,
  ...show,
  ...index,
};
/** The README's server policy, which its `evaluate` example uses. */
const readmePolicy = createCorsPolicy({
  origins: ['https://app.example.com'],
  exposeHeaders: ['x-rate-limit'],
  maxAge: 600,
});

// Every `// => value` and `// throws CODE` of the README's and the JSDoc's ```ts blocks runs here
// (see config/examples.ts); the blocks that only show usage (fetch, servers) are type-checked below.
const readme = every.filter(({ code }) => claims(code));
const jsdoc = jsdocExamples(new URL('.', import.meta.url)).filter(({ code }) => claims(code));

it('states 10 results in the README, 30 or more in the JSDoc', () => {
  expect(readme.map(({ code }) => claims(code)).reduce((a, b) => a + b)).toBe(10);
  expect(jsdoc.map(({ code }) => claims(code)).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(30);
});
describe('README code blocks', () => testExamples(readme, { ...index, policy: readmePolicy }));
describe('JSDoc @example blocks', () => testExamples(jsdoc, scope));

/** A README block as a module: every export imported, and what it uses but does not define declared. */
function module(code: string): string {
  const declarations: Record<string, string> = {
    accessToken: 'declare const accessToken: string;',
    policy: 'declare const policy: CorsPolicy;',
    api: 'declare function api(request: Request): Response;',
    Bun: 'declare const Bun: { serve(options: { port: number; fetch(request: Request): Promise<Response> }): unknown };',
    // Deno's own global, for tsc; in deno check, this one shadows it with the same shape.
    Deno: 'declare const Deno: { serve(handler: (request: Request) => Promise<Response>): unknown };',
  };
  const used = Object.entries(declarations)
    .filter(([name]) => new RegExp(`\\b${name}\\b`).test(code))
    .filter(([name]) => !new RegExp(`\\b(?:const|let|function)\\s+${name}\\b`).test(code))
    .map(([, declaration]) => declaration);
  const exports = Object.keys(index).join(', ');
  return [
    `import { ${exports}, type CorsPolicy } from '@auth/cors-policy';`,
    `void [${exports}];`,
    ...used,
    code.replace(/^import\s[^;]*?from\s*'@auth\/cors-policy';$/gm, ''),
    'export {};',
  ].join('\n');
}

describe('the README type-checks as written', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'cors-policy-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = every.map(({ code }, i) => {
    const file = join(dir, `block-${i}.ts`);
    writeFileSync(file, module(code));
    return file;
  });

  it(`with tsc, against the built declarations (${files.length} blocks)`, () => {
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: true,
      paths: { '@auth/cors-policy': [join(root, 'packages/cors-policy/dist/index.d.ts')] },
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter(({ file }) => !file || files.includes(file.fileName))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it('with deno check, against the source JSR publishes', () => {
    const map = join(dir, 'import-map.json');
    writeFileSync(
      map,
      JSON.stringify({
        imports: {
          '@auth/cors-policy': join(root, 'packages/cors-policy/src/index.ts'),
          '@auth/bearer': join(root, 'packages/bearer/src/index.ts'),
        },
      }),
    );
    const deno = join(root, 'node_modules/.bin/deno');
    const result = spawnSync(deno, ['check', '--quiet', '--no-config', `--import-map=${map}`, ...files], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});

describe('the README shows what is tested', () => {
  it('the Node adapter block is examples/cors-node-adapter/adapter.mjs, as it is', () => {
    const adapter = readFileSync(
      new URL('../../../examples/cors-node-adapter/adapter.mjs', import.meta.url),
      'utf8',
    );
    expect(readmeText).toContain(`\`\`\`js\n${adapter}\`\`\``);
  });

  it('the interop tally is what the corpus says', () => {
    const rows = Object.values(tally()).map(
      ({ cases, same, stricter, looser, different }) =>
        `| ${cases} | ${same} | ${stricter} | ${looser} | ${different} |`,
    );
    const table = readmeText
      .split('\n')
      .filter((line) => /^\| (Hono|expressjs|WPT).*\|\s+\d+ \|$/.test(line))
      .map(
        (line) =>
          `| ${line
            .split('|')
            .slice(2, 7)
            .map((cell) => cell.trim())
            .join(' | ')} |`,
      );
    expect(table).toEqual(rows);
  });

  it('the refusal message of the README is the one thrown', () => {
    const apiToken = `Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`;
    let message = '';
    try {
      assertCorsAllowedAuth(apiToken);
    } catch (error) {
      expect(error).toBeInstanceOf(CorsPolicyError);
      message = (error as Error).message;
    }
    expect(readmeText.replace(/\s*\n\s*/g, ' ')).toContain(`\`${message}\``);
  });
});
