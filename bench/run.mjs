// `pnpm bench`: every bench/*.bench.mjs under Node, and the pure ones (no `node:` import)
// under Bun and Deno too, so runtime differences show. Benchmarks report; they never gate.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)));

const failures = [];
for (const file of files) {
  const pure = !/from ['"]node:/.test(readFileSync(new URL(file, import.meta.url), 'utf8'));
  const runs = [[process.execPath, [file]]];
  if (pure) runs.push([bin('bun'), [file]], [bin('deno'), ['run', '-A', file]]);
  for (const [command, args] of runs) {
    const { status } = spawnSync(command, args, { cwd: here, stdio: 'inherit' });
    if (status !== 0) failures.push(`${file} (${command})`);
  }
}
console.log(`\nbench: ${files.length} programs${failures.length ? `; failed: ${failures.join(', ')}` : ''}`);
process.exitCode = failures.length > 0 ? 1 : 0;
