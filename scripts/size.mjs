// Size report: what a browser user ships for each package (all of it) and for single named
// imports, bundled by esbuild, minified, gzip -9, beside the libraries users would otherwise
// pick. Budgets are in scripts/size/budgets.mjs; the READMEs' size tables are generated here.
// Usage: node scripts/size.mjs [--check] [--write] [--json]
//   --check  fails (exit 1) when a size is over its enforced budget, a package has no budget,
//            or a README's size table differs from what --write would make
//   --write  rewrites the READMEs' size tables (between <!-- size:start --> and <!-- size:end -->)
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { publishedPackages, root } from './lib/packages.mjs';
import { ANCHORS, BUDGETS, ENFORCED } from './size/budgets.mjs';
import { fillSizeSections, markdownTable } from './size/markdown.mjs';
import { measureAll } from './size/measure.mjs';

const args = new Set(process.argv.slice(2));
const packages = publishedPackages();
const known = new Set(packages.map((pkg) => pkg.name));

// One row per whole package (budgeted or not) and per budgeted import, in package order.
const rows = [];
for (const { name } of packages) {
  const whole = BUDGETS.find((budget) => budget.package === name && !budget.import);
  rows.push({ package: name, ...whole, key: name, label: `${name} (all of it)` });
  for (const budget of BUDGETS.filter((b) => b.package === name && b.import)) {
    rows.push({ ...budget, key: `${name} ${budget.import}`, label: `{ ${budget.import} }` });
  }
}
const source = (row) =>
  row.import ? `export { ${row.import} } from '${row.package}'` : `export * from '${row.package}'`;
const sizes = await measureAll(Object.fromEntries(rows.map((row) => [row.key, source(row)])), ANCHORS);
for (const row of rows) Object.assign(row, sizes[row.key]);

const problems = [];
for (const budget of BUDGETS.filter((b) => !known.has(b.package)))
  problems.push(`a budget names ${budget.package}, which is not in packages/: remove it`);
for (const row of rows) {
  const enforced = row[ENFORCED];
  if (row.limit === undefined)
    problems.push(`${row.package} has no budget: add one in scripts/size/budgets.mjs`);
  else if (row.gzip > enforced)
    problems.push(
      `${row.label} is ${row.gzip} bytes, ${row.gzip - enforced} over its ${enforced}-byte ${ENFORCED}`,
    );
}

/**
 * How a row stands against its goal. A goal below `bare` (the bundle without message text) is out
 * of reach of any wording: only dropping behaviour could meet it, and the verdict says by how much.
 */
function goalVerdict({ gzip, bare, goal }) {
  if (goal === undefined) return '';
  if (gzip <= goal) return 'goal met';
  const beyondWords = bare > goal ? `, ${bare - goal} over without any message text` : '';
  return `${gzip - goal} over goal${beyondWords}`;
}

const number = (value) => (value === undefined ? '-' : value.toLocaleString('en-US'));
function readmeTable(only) {
  const shown = rows.filter((row) => only === undefined || row.package === only);
  const columns = [
    { title: 'import' },
    { title: 'min', right: true },
    { title: 'gzip', right: true },
    { title: ENFORCED === 'limit' ? 'limit (enforced)' : 'limit', right: true },
    { title: ENFORCED === 'goal' ? 'goal (enforced)' : 'goal', right: true },
    { title: 'anchors (gzip)' },
  ];
  const cells = shown.map((row) => [
    row.import ? `\`{ ${row.import} }\`` : `\`${row.package}\` (all of it)`,
    number(row.min),
    number(row.gzip),
    number(row.limit),
    number(row.goal),
    (row.anchors ?? []).map((anchor) => `${anchor} ${number(sizes[anchor].gzip)}`).join(', '),
  ]);
  return markdownTable(columns, cells);
}

const readmes = [`${root}README.md`, ...packages.map((pkg) => `${pkg.dir}/README.md`)];
let tablesChecked = 0;
for (const file of readmes) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // a package without a README is publint's and the package's business
  }
  const filled = fillSizeSections(text, readmeTable);
  if (filled.sections === 0) continue;
  tablesChecked += filled.sections;
  if (filled.text === text) continue;
  if (args.has('--write')) {
    writeFileSync(file, filled.text);
    console.log(`size: wrote ${relative(root, file)}`);
  } else {
    problems.push(`${relative(root, file)}: its size table is stale; run node scripts/size.mjs --write`);
  }
}

if (args.has('--json')) {
  console.log(JSON.stringify({ enforced: ENFORCED, rows, anchors: sizes }, null, 2));
} else {
  console.log(
    `size (esbuild --bundle --minify, browser, gzip -9; bare: the same without message text; --check enforces the ${ENFORCED}):`,
  );
  const pad = Math.max(...rows.map((row) => row.label.length), ...Object.keys(ANCHORS).map((a) => a.length));
  const figures = (...values) => values.map((value) => String(value).padStart(6)).join(' ');
  console.log(`  ${'import'.padEnd(pad)} ${figures('min', 'gzip', 'bare', 'limit', 'goal')}`);
  for (const row of rows) {
    const limit = row.limit === undefined ? 'NO BUDGET' : row.gzip <= row.limit ? 'ok' : 'OVER LIMIT';
    const goal = goalVerdict(row);
    console.log(
      `  ${row.label.padEnd(pad)} ${figures(row.min, row.gzip, row.bare, number(row.limit), number(row.goal))}  ${limit}${goal && `, ${goal}`}`,
    );
  }
  for (const [name, { min, gzip, bare }] of Object.entries(sizes).filter(([key]) => key in ANCHORS))
    console.log(`  ${name.padEnd(pad)} ${figures(min, gzip, bare)}  (anchor)`);
}
if (args.has('--check')) {
  for (const problem of problems) console.log(`  FAIL ${problem}`);
  const checks = rows.length + tablesChecked;
  console.log(`size: ${Math.max(checks - problems.length, 0)} passed, ${problems.length} failed`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
