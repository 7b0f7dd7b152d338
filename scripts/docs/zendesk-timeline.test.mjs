// Zendesk's timeline reads the same everywhere: every date the repository writes about passwords
// and API tokens is one of zendesk-timeline.mjs's, with its own fact beside it, and every README,
// the refusal message and the deprecation note state all four.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { root } from '../lib/packages.mjs';
import { readmeFiles } from './snippets.mjs';
import { STATED_IN_FULL, timelineDates, ZENDESK_TIMELINE } from './zendesk-timeline.mjs';

const TEXT = /\.(md|ts|mts|cts|mjs|js|cjs|json|txt|html)$/;
const tracked = spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .stdout.split('\n')
  // The timeline itself, and this file's samples of wrong dates, are left out.
  .filter((file) => TEXT.test(file) && !file.startsWith('scripts/docs/zendesk-timeline'));
const read = (file) => readFileSync(`${root}${file}`, 'utf8');
const problems = (text) => timelineDates(text).filter((date) => date.problem);

test('a date that disagrees with the timeline is found, with what is wrong', () => {
  assert.deepEqual(
    problems('API tokens stop working on 2027-04-01.').map(({ date }) => date),
    ['2027-04-01'],
  );
  assert.match(
    problems('Since 2026-07-28 no new API tokens can be created.')[0].problem,
    /2026-07-28 is when an API token unused for 30 days is deactivated/,
  );
  assert.match(problems('API tokens stop on April 30, 2027.')[0].problem, /ISO 8601/);
  assert.match(problems('| 2026-10-27 | every API token stops working |')[0].problem, /2026-10-27/);
  assert.deepEqual(problems('Measured on 2026-11-30 on a 2-core VM; tokens per second.'), []);
  assert.deepEqual(
    problems(
      'passwords off since 2025-12-31; since 2026-07-28 an API token unused for 30 days is deactivated',
    ).length,
    0,
  );
});

test('every date about passwords and API tokens in the repository agrees with the timeline', () => {
  assert.ok(tracked.length > 100, `${tracked.length} files: is git ls-files working?`);
  const wrong = tracked.flatMap((file) =>
    problems(read(file)).map(
      ({ line, date, clause, problem }) => `${file}:${line}: ${date} in "${clause}": ${problem}`,
    ),
  );
  assert.deepEqual(wrong, []);
});

test('every README, the refusal message and the deprecation note state all four dates', () => {
  const places = [...readmeFiles().filter((file) => !file.startsWith('.changeset/')), ...STATED_IN_FULL];
  assert.ok(places.length >= 9, `${places}`);
  const short = places.flatMap((file) => {
    const stated = new Set(timelineDates(read(file)).map(({ date }) => date));
    const missing = ZENDESK_TIMELINE.filter(({ date }) => !stated.has(date));
    return missing.map(({ date, fact }) => `${file} does not say that since ${date} ${fact}`);
  });
  assert.deepEqual(short, []);
});
