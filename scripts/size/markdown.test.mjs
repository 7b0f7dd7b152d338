// The generated size tables: Biome leaves them as they are (so `pnpm lint` and
// `size.mjs --check` agree), and each marker gets the table of what it names.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { root } from '../lib/packages.mjs';
import { fillSizeSections, markdownTable } from './markdown.mjs';

const columns = [{ title: 'import' }, { title: 'gzip', right: true }, { title: 'anchors' }];
const rows = [
  ['`@auth/basic-token` (all of it)', '2,200', 'basic-auth 563'],
  ['`{ basicTokenHeader }`', '700', ''],
];

test('a table is already formatted the way Biome formats Markdown', () => {
  const text = `# sizes\n\n<!-- size:start -->\n${markdownTable(columns, rows)}\n<!-- size:end -->\n`;
  const formatted = spawnSync(`${root}node_modules/.bin/biome`, ['format', '--stdin-file-path=README.md'], {
    input: text,
    encoding: 'utf8',
  });
  assert.equal(formatted.status, 0, formatted.stderr);
  assert.equal(formatted.stdout, text);
});

test('right-aligned columns end their rule with a colon and pad on the left', () => {
  const [header, rule, first, second] = markdownTable(columns, rows).split('\n');
  assert.match(header, /^\| import {2,}\| {2}gzip \| anchors {8}\|$/);
  assert.match(rule, /^\| -+ \| -{4}: \| -+ \|$/);
  assert.ok(first.includes('| 2,200 |'));
  assert.ok(second.includes('|   700 |'));
});

test('each section is filled with the table of the package it names, or of all', () => {
  const readme = [
    'intro',
    '<!-- size:start -->',
    'old',
    '<!-- size:end -->',
    'middle',
    '<!-- size:start @auth/bearer -->',
    '<!-- size:end -->',
    'end',
  ].join('\n');
  const { text, sections } = fillSizeSections(readme, (name) => `table of ${name ?? 'all'}`);
  assert.equal(sections, 2);
  assert.equal(
    text,
    [
      'intro',
      '<!-- size:start -->',
      'table of all',
      '<!-- size:end -->',
      'middle',
      '<!-- size:start @auth/bearer -->',
      'table of @auth/bearer',
      '<!-- size:end -->',
      'end',
    ].join('\n'),
  );
  assert.equal(fillSizeSections('no markers', () => 'x').sections, 0);
});
