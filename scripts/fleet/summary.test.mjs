// The fleet table's figures from workers' results: sums, the token endpoint's counts, and
// nearest-rank percentiles, with nothing invented for a worker that did not report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentile, summarise } from './summary.mjs';
import { formatTable, tableRows } from './table.mjs';

const result = (calls, failed, failures, touched, tokenMs, redisMs) => ({
  calls,
  failed,
  failures,
  touched,
  tokenMs,
  redisMs,
});

test('percentile is the nearest rank, and undefined for no values', () => {
  const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
  assert.deepEqual([percentile(values, 50), percentile(values, 99), percentile(values, 0)], [5, 10, 1]);
  assert.equal(percentile([], 50), undefined);
});

test('summarise adds the workers up, counts the one that did not report, and sets the goal', () => {
  const summary = summarise({
    workers: [
      { runtime: 'node', client: 'ioredis', result: result(10, 1, { 'HTTP 401': 1 }, [3, 9], [10, 30], [1]) },
      {
        runtime: 'deno',
        client: 'node-redis',
        result: result(5, 2, { STORE_ERROR: 2, 'HTTP 401': 0 }, [5], [20], [3]),
      },
      { runtime: 'bun', client: 'node-redis', code: 1 },
    ],
    counts: { refreshRequests: 6, rotations: 4, invalidGrant: 1 },
  });
  assert.deepEqual(
    [summary.reported, summary.workers, summary.calls, summary.failed, summary.failures],
    [2, 3, 15, 3, { 'HTTP 401': 1, STORE_ERROR: 2 }],
  );
  assert.deepEqual([summary.perRotation, summary.invalidGrant, summary.touched], [1.5, 1, 3]);
  assert.deepEqual([summary.addedP50, summary.addedP99, summary.tokenMs, summary.redisMs], [5, 9, 20, 1]);
  assert.equal(summary.budgetMs, 3 * (20 + 1));
  const table = formatTable(tableRows([{ title: 'Redis store', summary }]));
  assert.match(table, /^failed calls +3 \(20\.0%\)$/m);
  assert.match(table, /^ {2}by code +STORE_ERROR 2, HTTP 401 1$/m);
});
