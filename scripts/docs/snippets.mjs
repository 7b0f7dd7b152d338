// The code blocks of the READMEs, and what runs each. A block is run by a test, copied from a
// file that is (`verbatim:`), or says why nothing can run it, in an HTML comment on the line
// above its fence:
//
//   <!-- verbatim: examples/compose/2-api-token.mjs -->  the block is that file, as it is
//   <!-- run: scripts/docs-check.mjs -->                  run outside the repository, as typed
//   <!-- not run: needs the packages on npm -->          the reason, for readers and reviewers
//
// A package README's ```ts blocks need no comment: its src/readme.test.ts runs every one
// (config/examples.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { root } from '../lib/packages.mjs';

const FENCE = /^```(\S*)\s*$/;
const MARKER = /^<!-- (verbatim|run|not run): (.+?) -->$/;

/**
 * Every fenced block of a Markdown text, in order.
 * @returns {Array<{ lang: string, code: string, line: number, marker?: { kind: string, value: string } }>}
 *   `code` ends with a newline; `line` is the fence's (1-based).
 */
export function fencedBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]);
    if (!open) continue;
    const end = lines.findIndex((line, at) => at > index && line === '```');
    if (end === -1) throw new Error(`line ${index + 1}: a code block that never closes`);
    let above = index - 1;
    while (above >= 0 && lines[above].trim() === '') above--;
    const marked = MARKER.exec(lines[above] ?? '');
    blocks.push({
      lang: open[1],
      code: `${lines.slice(index + 1, end).join('\n')}\n`,
      line: index + 1,
      ...(marked && { marker: { kind: marked[1], value: marked[2] } }),
    });
    index = end;
  }
  return blocks;
}

/** The READMEs git tracks (a fresh clone has exactly these), relative to the root. */
export function readmeFiles() {
  const listed = spawnSync('git', ['ls-files', '--', 'README.md', '*/README.md'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split('\n').filter(Boolean).sort();
}

/** Every block of every README, with its file. */
export function readmeBlocks() {
  return readmeFiles().flatMap((file) =>
    fencedBlocks(readFileSync(`${root}${file}`, 'utf8')).map((block) => ({ file, ...block })),
  );
}

/** A package README's ```ts blocks run through its src/readme.test.ts. */
export function runByPackageTest({ file, lang }) {
  const match = /^(packages\/[^/]+)\/README\.md$/.exec(file);
  if (!match || lang !== 'ts') return undefined;
  const test = `${match[1]}/src/readme.test.ts`;
  return existsSync(`${root}${test}`) && readFileSync(`${root}${test}`, 'utf8').includes('readmeExamples(')
    ? test
    : undefined;
}

/** The blocks the docs check runs (`<!-- run: scripts/docs-check.mjs -->`). */
export function blocksToRun() {
  return readmeBlocks().filter(
    ({ marker }) => marker?.kind === 'run' && marker.value === 'scripts/docs-check.mjs',
  );
}
