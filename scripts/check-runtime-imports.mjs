// Packaging check, run from a package folder: no file of `dist` that a Web-standard
// runtime can load may import a Node.js builtin. Only files reached solely through a
// runtime condition of `exports` (node, bun, deno) may, because those runtimes have them.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const RUNTIME_CONDITIONS = new Set(['node', 'bun', 'deno']);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Files of `exports` split by whether a runtime condition is on their path. */
function collectTargets(entry, underRuntime, runtime, portable) {
  if (typeof entry === 'string') {
    if (entry.startsWith('./dist/')) (underRuntime ? runtime : portable).add(entry.slice(2));
    return;
  }
  for (const [key, value] of Object.entries(entry ?? {})) {
    collectTargets(value, underRuntime || RUNTIME_CONDITIONS.has(key), runtime, portable);
  }
}

const runtimeOnly = new Set();
const portable = new Set();
collectTargets(pkg.exports, false, runtimeOnly, portable);
// A `bin` runs only under a command-line runtime (Node, Bun, Deno): it may import builtins.
const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
for (const file of bins) runtimeOnly.add(file.replace(/^\.\//, ''));
for (const file of portable) runtimeOnly.delete(file);

// Every way a bundle can reach a module: `from 'x'`, `import 'x'`, `import('x')`, `require('x')`
// (quotes or backticks), and `process.getBuiltinModule('x')`.
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bgetBuiltinModule\s*\(\s*)["'`]([^"'`]+)["'`]/g;
const builtins = new Set(builtinModules);
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]);

const problems = [];
const files = readdirSync('dist', { recursive: true }).filter((f) => /\.(c|m)?js$/.test(f));
for (const file of files) {
  const path = join('dist', file);
  if (runtimeOnly.has(path)) continue;
  for (const [, specifier] of readFileSync(path, 'utf8').matchAll(SPECIFIER)) {
    if (isBuiltin(specifier)) problems.push(`${path} imports '${specifier}'`);
  }
}

if (problems.length > 0) {
  console.error(
    `${pkg.name}: Node.js builtins outside runtime-specific entries:\n  ${problems.join('\n  ')}`,
  );
  console.error('Move that code to a file exported only under the node/bun/deno conditions.');
  process.exit(1);
}
console.log(
  `${pkg.name}: ${files.length} dist modules, no Node.js builtin outside the ${[...runtimeOnly].filter((f) => /\.(c|m)?js$/.test(f)).length} runtime-specific ones`,
);
