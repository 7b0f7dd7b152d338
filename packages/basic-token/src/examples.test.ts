/// <reference types="node" />
// Every `@example` in the JSDoc of src/*.ts and every ```ts block of the README runs here, so
// none can drift from the code: `expr; // => value` asserts a deep equality (also with
// `// => value` alone on the next line), `expr; // throws CODE` asserts the error code.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as mod from './index.ts';

/** Runs a snippet against the package; returns how many assertions it made. */
function runExample(code: string): number {
  const out: string[] = [];
  for (const line of code.split('\n')) {
    if (/^\s*import\s/.test(line)) continue;
    const alone = /^\s*\/\/ => (.*)$/.exec(line);
    const inline = /^(\s*)(.*);\s*\/\/ => (.*)$/.exec(line);
    const throws = /^(\s*)(.*);\s*\/\/ throws ([A-Z_0-9]+)$/.exec(line);
    if (alone) {
      const previous = /^(\s*)(.*);$/.exec(out.pop() ?? '');
      if (!previous) throw new Error(`"// =>" follows no statement in:\n${code}`);
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
  const values = names.map((name) => (mod as Record<string, unknown>)[name]);
  new Function(...names, '__eq', '__throws', out.join('\n'))(...values, eq, throwsCode);
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

  it('cover every export', () => {
    const documented = examples.map(({ code }) => code).join('\n');
    for (const name of Object.keys(mod)) expect(documented, name).toContain(name);
  });

  for (const { file, code } of examples) {
    it(`${file}: ${code.split('\n')[0]}`, () => {
      expect(runExample(code)).toBeGreaterThan(0);
    });
  }
});

describe('README', () => {
  const readme = read('../README.md');
  // Blocks that assert (`// =>` or `// throws`) run; the others (fetch, servers) only show usage.
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map(([, code = '']) => code)
    .filter((code) => /\/\/ (=>|throws) /.test(code));

  it('has a section per export and runnable examples', () => {
    for (const name of Object.keys(mod)) expect(readme, name).toMatch(new RegExp(`^### \`${name}\\b`, 'm'));
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  for (const code of blocks) {
    it(`runs: ${code.split('\n').find((line) => line && !line.startsWith('import')) ?? ''}`, () => {
      expect(runExample(code)).toBeGreaterThan(0);
    });
  }
});
