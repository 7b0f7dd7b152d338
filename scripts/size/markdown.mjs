// The size tables of the READMEs, generated between markers so that no figure is typed by
// hand: `<!-- size:start -->` (every package) or `<!-- size:start @auth/bearer -->` (one
// package), then `<!-- size:end -->`. Tables are padded the way Biome formats Markdown, so
// `biome check` and `size.mjs --check` agree on the same text.

const SECTION = /(<!-- size:start(?: ([^ ]+))? -->\n)([\s\S]*?)(<!-- size:end -->)/g;

/**
 * A Markdown table. `columns` are `{ title, right? }`; `rows` are arrays of cell strings.
 * @param {Array<{ title: string, right?: boolean }>} columns
 * @param {string[][]} rows
 */
export function markdownTable(columns, rows) {
  const widths = columns.map((column, index) =>
    Math.max(3, column.title.length, ...rows.map((row) => row[index].length)),
  );
  const cell = (text, index) =>
    columns[index].right ? text.padStart(widths[index]) : text.padEnd(widths[index]);
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((width, index) => (columns[index].right ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)].join('\n');
}

/**
 * `text` with every size section's body replaced by `render(packageName | undefined)`.
 * Returns the new text and how many sections it found.
 */
export function fillSizeSections(text, render) {
  let sections = 0;
  const filled = text.replace(SECTION, (_, start, name, _body, end) => {
    sections++;
    return `${start}${render(name)}\n${end}`;
  });
  return { text: filled, sections };
}
