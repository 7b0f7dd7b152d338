/// <reference types="node" />
// The examples of a package's README and JSDoc, run as tests so that none can drift from the code.
// In a ```ts block, `expr; // => value` asserts a deep, strict equality (`// => value` may also
// stand alone on the line after `expr;`), and `expr; // throws CODE` asserts that the call throws
// an error with that `code` (`// throws CODE: message` also checks the message, without its
// `[@auth/name] ` prefix), an instance of the error class the package exports. Lines may `await`.
// A `// =>` line after a plain comment is prose, not an assertion. Imports are left out: the
// package's exports are passed in instead.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/** A file as text, such as `readText(new URL('../README.md', import.meta.url))`. */
export function readText(file: URL): string {
  return readFileSync(file, 'utf8');
}

/** Where an example comes from (`README.md`, or a source file), and its code. */
export interface Example {
  file: string;
  code: string;
}

/** Every ```ts block of a Markdown file, such as `new URL('../README.md', import.meta.url)`. */
export function readmeExamples(readme: URL): Example[] {
  const file = readme.pathname.slice(readme.pathname.lastIndexOf('/') + 1);
  return [...readText(readme).matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code = '']) => ({ file, code }));
}

/** The ```ts block of every JSDoc `@example` of the source files (not the tests) of a folder. */
export function jsdocExamples(src: URL): Example[] {
  const examples: Example[] = [];
  for (const file of readdirSync(src).sort()) {
    if (!file.endsWith('.ts') || file.includes('.test')) continue;
    for (const [, block = ''] of readFileSync(new URL(file, src), 'utf8').matchAll(
      /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g,
    )) {
      examples.push({ file, code: block.replace(/^\s*\* ?/gm, '') });
    }
  }
  return examples;
}

const CLAIM = '(=> .*|throws [A-Z_0-9]+(?:: .*)?)';
const INLINE = new RegExp(String.raw`^(\s*)(.*);\s*\/\/ ${CLAIM}$`);
const ALONE = new RegExp(String.raw`^\s*\/\/ ${CLAIM}$`);
const STATEMENT = /^(\s*)(.*);$/;
/** Imports, which a formatter may spread over lines: the package's exports are passed in instead. */
const IMPORTS = /^import\s[^;]*?from\s*'[^']*';?$/gm;

/** How many assertions (`// => value`, `// throws CODE`) a snippet states. */
export function claims(code: string): number {
  return code.split('\n').filter((line) => INLINE.test(line) || ALONE.test(line)).length;
}

/** A test title for a snippet: its first line of code. */
function title(code: string): string {
  return (
    code
      .replace(IMPORTS, '')
      .split('\n')
      .find((line) => line.trim() && !/^(import\s|\s*\/\/)/.test(line)) ?? ''
  );
}

/** `expr` checked against a claim (`=> value` or `throws CODE[: message]`), as a statement. */
function assertion(indent: string, expr: string, claim: string): string {
  const thrown = /^throws ([A-Z_0-9]+)(?:: (.*))?$/.exec(claim);
  if (!thrown) return `${indent}__eq(${expr}, ${claim.slice(3)});`;
  return `${indent}__throws(() => ${expr}, ${JSON.stringify(thrown[1])}, ${JSON.stringify(thrown[2] ?? null)});`;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/** Runs a snippet against `scope` (a module's exports); resolves to how many assertions it made. */
async function runExample(code: string, scope: Record<string, unknown>): Promise<number> {
  const out: string[] = [];
  for (const line of code.replace(IMPORTS, '').split('\n')) {
    const inline = INLINE.exec(line);
    const alone = ALONE.exec(line);
    const previous = out.at(-1) ?? '';
    const statement = STATEMENT.exec(previous);
    if (inline) {
      out.push(assertion(inline[1] as string, inline[2] as string, inline[3] as string));
    } else if (alone && statement && !/^\s*\/\//.test(previous)) {
      out.pop();
      out.push(assertion(statement[1] as string, statement[2] as string, alone[1] as string));
    } else if (alone && !/^\s*\/\//.test(previous)) {
      throw new Error(`"${line.trim()}" follows no statement in:\n${code}`);
    } else {
      out.push(line);
    }
  }
  const errors = Object.values(scope).filter(
    (value): value is typeof Error => typeof value === 'function' && value.prototype instanceof Error,
  );
  let count = 0;
  const eq = (actual: unknown, expected: unknown) => {
    count++;
    expect(actual).toStrictEqual(expected);
  };
  const throwsCode = (fn: () => unknown, code: string, message: string | null) => {
    count++;
    let caught: unknown;
    try {
      fn();
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code });
    if (errors.length)
      expect(
        errors.some((type) => caught instanceof type),
        String(caught),
      ).toBe(true);
    if (message !== null) expect((caught as Error).message.replace(/^\[[^\]]*\] /, '')).toBe(message);
  };
  const names = Object.keys(scope);
  await new AsyncFunction(...names, '__eq', '__throws', out.join('\n'))(
    ...names.map((name) => scope[name]),
    eq,
    throwsCode,
  );
  return count;
}

/**
 * One test per example: it states assertions, and every one of them runs and holds. `scope` is
 * what the examples run against (a module's exports), or a function of the example's file.
 */
export function testExamples(
  examples: readonly Example[],
  scope: Record<string, unknown> | ((file: string) => Record<string, unknown>),
): void {
  for (const { file, code } of examples) {
    it(`${file}: ${title(code)}`, async () => {
      const stated = claims(code);
      expect(stated, 'assertions stated').toBeGreaterThan(0);
      expect(await runExample(code, typeof scope === 'function' ? scope(file) : scope)).toBe(stated);
    });
  }
}
