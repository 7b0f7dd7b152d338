// `pnpm release:check` (and a step of `pnpm test`): what ships is what was tested. Packs every
// package, installs the tarballs together into a scratch project outside the workspace, runs
// each package's smoke checks there in Node (import and require), Deno, Bun and Chromium (an
// esbuild bundle), type-checks a TypeScript consumer under moduleResolution bundler, node16
// and nodenext, checks every JSR manifest against its package.json and runs
// `deno publish --dry-run` for each, and fails if any of it changed a tracked file.
// Run it after the build. Last line: `release: N passed, N failed`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { jsrManifestPath, syncedJsrText } from './lib/jsr.mjs';
import { publishedPackages, root } from './lib/packages.mjs';
import { runCaptured } from './lib/run-child.mjs';
import { indent, plain } from './lib/text.mjs';
import { packAll } from './pack-all.mjs';
import { makeScratch, TS_MODES } from './release/scratch.mjs';

const TIMEOUT_MS = 3 * 60_000;
const RESULT_LINE = /^[\w-]+: (\d+) passed, (\d+) failed$/m;
const bin = (name) => `${root}node_modules/.bin/${name}`;
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

const results = [];
/** Records a check: `counts` are the smoke checks it ran, else it counts as one. */
function report(title, ok, output = '', counts = ok ? [1, 0] : [0, 1]) {
  const [passed, failed] = ok ? counts : [counts[0], Math.max(counts[1], 1)];
  results.push({ passed, failed });
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${title.padEnd(56)} ${passed} passed, ${failed} failed`);
  if (!ok) console.log(indent(plain(output).trim().split('\n').slice(-40), '       | '));
}

async function command(title, file, args, cwd) {
  const { ok, output } = await runCaptured(file, args, { cwd, env, timeoutMs: TIMEOUT_MS });
  const match = output.match(RESULT_LINE);
  const counts = match ? [Number(match[1]), Number(match[2])] : undefined;
  report(title, ok && (counts === undefined || counts[1] === 0), output, counts);
}

const git = () => runCaptured('git', ['status', '--porcelain'], { cwd: root, timeoutMs: 60_000 });
const before = await git();
const packages = publishedPackages();

let scratch;
try {
  const tarballs = packAll();
  console.log(`release: packed ${tarballs.map((file) => basename(file)).join(', ')} into .packs/`);
  scratch = await makeScratch(tarballs, packages);
  console.log(`release: installed them together with npm in ${scratch}`);
} catch (error) {
  report('pack and install the tarballs', false, error.message);
}

if (scratch) {
  await command('node (import)', process.execPath, ['import.mjs'], scratch);
  await command('node (require)', process.execPath, ['require.cjs'], scratch);
  await command('deno', bin('deno'), ['run', '--allow-read', '--allow-env', 'import.mjs'], scratch);
  await command('bun', bin('bun'), ['import.mjs'], scratch);
  await command(
    'chromium (esbuild bundle)',
    process.execPath,
    [`${root}scripts/release/chromium.mjs`, scratch],
    scratch,
  );
  for (const mode of Object.keys(TS_MODES)) {
    const title = `tsc --noEmit, moduleResolution ${mode}${mode === 'nodenext' ? ' (+ a .cts)' : ''}`;
    await command(
      title,
      process.execPath,
      [`${root}node_modules/typescript/bin/tsc`, '-p', `tsconfig.${mode}.json`],
      scratch,
    );
  }
}

for (const pkg of packages) {
  const manifest = jsrManifestPath(pkg.dir);
  const where = relative(root, pkg.dir);
  if (!manifest) {
    report(`JSR manifest of ${pkg.name}`, false, `${where} has no jsr.json (or deno.json): add one`);
    continue;
  }
  const inStep = syncedJsrText(pkg, packages) === readFileSync(manifest, 'utf8');
  const why = `${relative(root, manifest)} disagrees with package.json (version or sibling ranges): run pnpm version-packages`;
  report(`${relative(root, manifest)} in step with package.json`, inStep, why);
  await command(
    `deno publish --dry-run (${pkg.name})`,
    bin('deno'),
    ['publish', '--dry-run', '--allow-dirty'],
    pkg.dir,
  );
}

const after = await git();
const changed = before.ok && after.ok && before.output === after.output;
report(
  'no tracked file changed (git status --porcelain)',
  changed,
  `before:\n${before.output}\nafter:\n${after.output}`,
);

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
if (scratch && failed === 0) rmSync(scratch, { recursive: true, force: true });
else if (scratch && existsSync(scratch))
  console.log(`release: the scratch project stays in ${scratch} for a look`);
console.log(`release: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
