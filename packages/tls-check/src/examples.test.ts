/// <reference types="node" />
// Every `@example` in the JSDoc of src/*.ts and every ```ts block of the README runs here, so
// none can drift from the code: `expr; // => value` asserts a deep equality (also with
// `// => value` alone on the next line), `expr; // throws CODE` asserts the error code. Lines
// may `await`. A `// =>` line after a plain comment is prose, not an assertion.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as web from './index.ts';
import * as node from './node.ts';

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/** Runs a snippet against a module of the package; resolves to how many assertions it made. */
async function runExample(code: string, mod: Record<string, unknown>): Promise<number> {
  const out: string[] = [];
  // Imports (which a formatter may spread over lines) are provided as parameters instead.
  for (const line of code.replace(/^import\s[^;]*?from\s*'[^']*';?$/gm, '').split('\n')) {
    const alone = /^\s*\/\/ => (.*)$/.exec(line);
    const inline = /^(\s*)(.*);\s*\/\/ => (.*)$/.exec(line);
    const throws = /^(\s*)(.*);\s*\/\/ throws ([A-Z_0-9]+)$/.exec(line);
    const previous = /^(\s*)(.*);$/.exec(out.at(-1) ?? '');
    if (alone && previous && !/^\s*\/\//.test(out.at(-1) ?? '')) {
      out.pop();
      out.push(`${previous[1]}__eq(${previous[2]}, ${alone[1]});`);
    } else if (inline) {
      out.push(`${inline[1]}__eq(${inline[2]}, ${inline[3]});`);
    } else if (throws) {
      out.push(`${throws[1]}__throws(() => ${throws[2]}, '${throws[3]}');`);
    } else {
      out.push(line);
    }
  }
  let count = 0;
  const eq = (actual: unknown, expected: unknown) => {
    count++;
    expect(actual).toStrictEqual(expected);
  };
  const throwsCode = (fn: () => unknown, code: string) => {
    count++;
    expect(fn).toThrow(expect.objectContaining({ code }));
  };
  const names = Object.keys(mod);
  await new AsyncFunction(...names, '__eq', '__throws', out.join('\n'))(
    ...names.map((name) => mod[name]),
    eq,
    throwsCode,
  );
  return count;
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('JSDoc @example blocks', () => {
  const examples: { file: string; code: string }[] = [];
  for (const file of readdirSync(new URL('.', import.meta.url))) {
    if (!file.endsWith('.ts') || file.includes('.test')) continue;
    for (const [, block = ''] of read(file).matchAll(
      /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g,
    )) {
      examples.push({ file, code: block.replace(/^\s*\* ?/gm, '') });
    }
  }

  it('cover every export of both entries', () => {
    const documented = examples.map(({ code }) => code).join('\n');
    for (const name of new Set([...Object.keys(web), ...Object.keys(node)]))
      expect(documented, name).toContain(name);
  });

  for (const { file, code } of examples) {
    it(`${file}: ${code.split('\n')[0]}`, async () => {
      // The browser/Workers checkTls and checkRuntime live in web.ts; everything else runs in Node.
      expect(await runExample(code, file === 'web.ts' ? web : node)).toBeGreaterThan(0);
    });
  }
});

describe('README', () => {
  const readme = read('../README.md');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code = '']) => code);

  it('has a section per export, a code per problem, and runnable examples', () => {
    for (const name of Object.keys(node)) expect(readme, name).toMatch(new RegExp(`^### ${name}\\b`, 'm'));
    for (const code of [
      'NOT_HTTPS',
      'DNS_FAILURE',
      'CONNECTION_REFUSED',
      'CONNECTION_FAILED',
      'TIMEOUT',
      'NOT_TLS',
      'HANDSHAKE_FAILED',
      'PROTOCOL_TOO_OLD',
      'CERT_UNTRUSTED',
      'CERT_WRONG_NAME',
      'CERT_EXPIRED',
      'CERT_NOT_YET_VALID',
      'CERT_WEAK',
      'TLS12_UNAVAILABLE',
      'NOT_MEASURED',
      'LEGACY_NOT_PROBED',
      'DEFAULTS_LOWERED',
      'UNKNOWN_TLS_VERSION',
      'INVALID_URL',
      'INVALID_HOST',
      'INVALID_OPTION',
    ]) {
      expect(readme, code).toContain(`| \`${code}\``);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  for (const code of blocks) {
    it(`runs: ${code.split('\n').find((line) => line && !line.startsWith('import')) ?? ''}`, async () => {
      expect(await runExample(code, node)).toBeGreaterThan(0);
    });
  }
});
