// The demo's closing table: one row per scenario, one column per runtime.

/**
 * A client's cells, by scenario id, from the results it printed: a scenario reported twice
 * fails (a later line never hides an earlier one), and one never reported fails too.
 *
 * @param {Array<{ scenario: string, ok: boolean, ms: number, detail: string }>} results
 * @param {string[]} expected
 * @returns {Map<string, { ok: boolean, ms?: number, text?: string }>}
 */
export function resultCells(results, expected) {
  const cells = new Map();
  for (const result of results) {
    cells.set(result.scenario, cells.has(result.scenario) ? { ok: false, text: 'reported twice' } : result);
  }
  for (const id of expected) {
    if (!cells.has(id)) cells.set(id, { ok: false, text: 'no result' });
  }
  return cells;
}

/** Under the table: what its cells mean, and where the clients' code is explained. */
export const LEGEND = [
  'ok N ms: the scenario behaved as its row says (a refusal the row expects is ok), in N ms.',
  '-: not run in that runtime by design (API tokens and client secrets stay out of browsers;',
  '   only a page makes cross-origin calls). Each client, walked through: examples/README.md',
].join('\n');

/**
 * @param {Record<string, string>} scenarios id -> label, in row order
 * @param {Array<{ name: string, cells: Map<string, { ok: boolean, ms?: number, text?: string }> }>} columns
 * @returns {string}
 */
export function formatTable(scenarios, columns) {
  const cell = (result) => {
    if (!result) return '-';
    if (result.text) return result.text;
    return `${result.ok ? 'ok' : 'FAIL'} ${result.ms ?? 0} ms`;
  };
  const rows = [['scenario', ...columns.map((column) => column.name)]];
  for (const [id, label] of Object.entries(scenarios)) {
    if (!columns.some((column) => column.cells.has(id))) continue;
    rows.push([label, ...columns.map((column) => cell(column.cells.get(id)))]);
  }
  // Results a client reported beyond the known scenarios (a page error, a crash).
  for (const column of columns) {
    for (const [id, result] of column.cells) {
      if (!(id in scenarios))
        rows.push([id, ...columns.map((other) => (other === column ? cell(result) : '-'))]);
    }
  }
  const widths = rows[0].map((_, index) => Math.max(...rows.map((row) => row[index].length)));
  const line = (row) =>
    row
      .map((text, index) => (index === 0 ? text.padEnd(widths[index]) : text.padStart(widths[index])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}
