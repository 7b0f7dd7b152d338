// Every code block of every README is accounted for: run by a test, a copy of a file that is
// (checked here, byte for byte), or marked with why it cannot run. And examples/README.md
// shows exactly the files of examples/compose/, each run there by a `$ node` line.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { root } from '../lib/packages.mjs';
import { fencedBlocks, readmeBlocks, runByPackageTest } from './snippets.mjs';

const blocks = readmeBlocks();
const where = ({ file, line }) => `${file}:${line}`;

test('fencedBlocks reads the language, the code, the fence line and the comment above it', () => {
  const text = [
    '# Title',
    '',
    '<!-- not run: a layout -->',
    '',
    '```',
    'a/  b/',
    '```',
    'Prose <!-- run: x --> is no marker.',
    '```js',
    'run();',
    '',
    '```',
  ].join('\n');
  assert.deepEqual(fencedBlocks(text), [
    { lang: '', code: 'a/  b/\n', line: 5, marker: { kind: 'not run', value: 'a layout' } },
    { lang: 'js', code: 'run();\n\n', line: 9 },
  ]);
  assert.throws(() => fencedBlocks('```sh\nnever closed\n'), /line 1: a code block that never closes/);
});

test('every README block is run by a test, copied from a file, or says why it cannot run', () => {
  assert.ok(blocks.length > 50, `only ${blocks.length} blocks found: is git ls-files working?`);
  const unaccounted = blocks
    .filter((block) => !block.marker && !runByPackageTest(block))
    .map((block) => `${where(block)} (${block.lang || 'no language'})`);
  assert.deepEqual(
    unaccounted,
    [],
    'put <!-- run: FILE -->, <!-- verbatim: FILE --> or <!-- not run: why --> on the line above each',
  );
});

test('a run: or verbatim: marker names a file of the repository', () => {
  const missing = blocks
    .filter(({ marker }) => marker && marker.kind !== 'not run')
    .filter(({ marker }) => !existsSync(`${root}${marker.value.split(' ')[0]}`))
    .map((block) => `${where(block)}: ${block.marker.value}`);
  assert.deepEqual(missing, []);
});

test('a verbatim block is its file, as it is', () => {
  const verbatim = blocks.filter(({ marker }) => marker?.kind === 'verbatim');
  assert.ok(verbatim.length >= 8, `${verbatim.length} verbatim blocks`);
  for (const block of verbatim) {
    assert.equal(block.code, readFileSync(`${root}${block.marker.value}`, 'utf8'), where(block));
  }
});

test('examples/README.md shows every file of examples/compose/ and runs each step with node', () => {
  const files = readdirSync(`${root}examples/compose`).filter((file) => file.endsWith('.mjs'));
  const readme = blocks.filter(({ file }) => file === 'examples/README.md');
  const shown = readme.filter(({ marker }) => marker?.kind === 'verbatim').map(({ marker }) => marker.value);
  const steps = files.filter((file) => /^\d-/.test(file));
  assert.equal(steps.length, 5, `steps: ${steps}`);
  for (const file of files.filter((name) => name !== 'quick-start.mjs')) {
    assert.ok(shown.includes(`examples/compose/${file}`), `examples/README.md does not show ${file}`);
  }
  const commands = readme
    .filter(({ lang, marker }) => lang === 'console' && marker?.value === 'scripts/docs-check.mjs')
    .flatMap(({ code }) => code.split('\n').filter((line) => line.startsWith('$ ')));
  for (const step of steps) assert.ok(commands.includes(`$ node ${step}`), `no \`$ node ${step}\` line`);
  const rootReadme = blocks.filter(({ file, marker }) => file === 'README.md' && marker?.kind === 'verbatim');
  assert.deepEqual(
    rootReadme.map(({ marker }) => marker.value),
    ['examples/compose/quick-start.mjs'],
  );
});
