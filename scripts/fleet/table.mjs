// The fleet's table: one row per figure, one column per run (the Redis store, and the naive
// fleet where each process keeps its own copy of the set).

const number = (value) => (value === undefined ? '-' : value.toLocaleString('en-US'));
const ms = (value) => (value === undefined ? '-' : `${value.toFixed(1)} ms`);
const rate = (part, whole) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-');

/** `{ A: 3, B: 1 }` as `A 3, B 1`, the most frequent first; `-` for none. */
function byCode(counts) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([code, count]) => `${code} ${number(count)}`).join(', ') : '-';
}

/** The rows, each `[label, ...cells]`, of `columns` (`{ title, summary }`, from summarise()). */
export function tableRows(columns) {
  const row = (label, cell) => [label, ...columns.map(({ summary }) => cell(summary))];
  return [
    ['', ...columns.map(({ title }) => title)],
    row('processes that reported', (s) => `${s.reported} of ${s.workers}`),
    row('calls', (s) => number(s.calls)),
    row('failed calls', (s) => `${number(s.failed)} (${rate(s.failed, s.calls)})`),
    row('  by code', (s) => byCode(s.failures)),
    row('token requests', (s) => number(s.tokenRequests)),
    row('rotations', (s) => number(s.rotations)),
    row('token requests per rotation', (s) => (s.perRotation === undefined ? '-' : s.perRotation.toFixed(2))),
    row('invalid_grant', (s) => number(s.invalidGrant)),
    row('calls touched by a refresh', (s) => number(s.touched)),
    row('latency a refresh added, p50', (s) => ms(s.addedP50)),
    row('latency a refresh added, p99', (s) => ms(s.addedP99)),
  ];
}

/** The rows as text: the first column left-aligned, the others right-aligned. */
export function formatTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  return rows
    .map((cells) =>
      cells
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column])))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}
