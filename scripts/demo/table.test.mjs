// The demo's closing table and the legend under it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable, LEGEND, resultCells } from './table.mjs';

test('a scenario a runtime does not run is "-", and the legend says what "-" and ok mean', () => {
  const columns = [
    { name: 'node', cells: resultCells([{ scenario: 'tls', ok: true, ms: 12, detail: '' }], ['tls']) },
    { name: 'chromium', cells: resultCells([{ scenario: 'cors', ok: true, ms: 3, detail: '' }], ['cors']) },
  ];
  const lines = formatTable({ tls: 'TLS', cors: 'CORS' }, columns).split('\n');
  assert.match(lines[2], /^TLS +ok 12 ms +-$/);
  assert.match(lines[3], /^CORS +- +ok 3 ms$/);
  assert.match(LEGEND, /^ok N ms: /m);
  assert.match(LEGEND, /^-: not run in that runtime by design/m);
  assert.match(LEGEND, /examples\/README\.md/);
});

test('a scenario reported twice or never fails', () => {
  const cells = resultCells(
    [
      { scenario: 'tls', ok: true, ms: 1, detail: '' },
      { scenario: 'tls', ok: true, ms: 1, detail: '' },
    ],
    ['tls', 'oauth'],
  );
  assert.deepEqual(cells.get('tls'), { ok: false, text: 'reported twice' });
  assert.deepEqual(cells.get('oauth'), { ok: false, text: 'no result' });
});
