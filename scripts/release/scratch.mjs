// The scratch project of the release check: a temp folder OUTSIDE the workspace, where the
// packed tarballs are installed together with npm (offline: they depend only on each
// other), and where each package's smoke checks (scripts/release/smoke/<folder>.ts) are
// laid out three ways: TypeScript for tsc, ESM and CommonJS JavaScript for the runtimes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const SMOKE = new URL('./smoke/', import.meta.url);

/** The tsconfig of each `moduleResolution` a TypeScript consumer may use. */
export const TS_MODES = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
};

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The smoke file of each package; throws naming the file to add when one is missing. */
export function smokeFiles(packages) {
  const missing = packages.filter(({ dir }) => !existsSync(new URL(`${basename(dir)}.ts`, SMOKE)));
  if (missing.length > 0) {
    const files = missing.map(({ name, dir }) => `${name}: scripts/release/smoke/${basename(dir)}.ts`);
    throw new Error(`no smoke checks for ${files.join(', ')} (export \`checks\`, as the others do)`);
  }
  return packages.map(({ name, dir }) => ({ name, module: basename(dir) }));
}

/**
 * Makes the scratch project: installs `tarballs`, writes src/ (TypeScript), esm/ and cjs/
 * (the same, transpiled), the launchers and one tsconfig per TS_MODES entry. Returns its path.
 */
export async function makeScratch(tarballs, packages) {
  const smoke = smokeFiles(packages);
  const dir = mkdtempSync(join(tmpdir(), 'auth-release-'));
  writeFileSync(join(dir, 'package.json'), json({ name: 'release-check', private: true, type: 'module' }));
  const installed = spawnSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs],
    { cwd: dir, encoding: 'utf8', timeout: 180_000 },
  );
  if (installed.status !== 0) {
    throw new Error(
      `npm install of the tarballs failed in ${dir}:\n${installed.stderr || installed.error?.message}`,
    );
  }

  const src = join(dir, 'src');
  mkdirSync(src);
  for (const file of readdirSync(SMOKE).filter((name) => name.endsWith('.ts'))) {
    copyFileSync(new URL(file, SMOKE), join(src, file));
  }
  const imports = smoke.map(({ module }, index) => `import { checks as c${index} } from './${module}.js';`);
  const table = smoke.map(({ name }, index) => `  ${JSON.stringify(name)}: c${index},`);
  writeFileSync(
    join(src, 'entry.ts'),
    [
      "import { runChecks, type SmokeResult } from './run.js';",
      ...imports,
      '',
      '/** Every package smoke-checked, as installed from its tarball. */',
      'export function smoke(): Promise<SmokeResult> {',
      '  return runChecks({',
      ...table,
      '  });',
      '}',
      '',
    ].join('\n'),
  );
  // A CommonJS TypeScript consumer (nodenext only: TypeScript 5.8+ lets it require ESM).
  writeFileSync(
    join(src, 'consumer.cts'),
    "import { smoke } from './entry.js';\n\nexport const result: Promise<{ passed: number }> = smoke();\n",
  );

  const entryPoints = readdirSync(src)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(src, file));
  await build({ entryPoints, outdir: join(dir, 'esm'), format: 'esm', target: 'es2022', logLevel: 'error' });
  await build({ entryPoints, outdir: join(dir, 'cjs'), format: 'cjs', target: 'es2022', logLevel: 'error' });
  writeFileSync(join(dir, 'cjs', 'package.json'), json({ type: 'commonjs' }));

  // Launchers: each prints `<label>: N passed, N failed` and exits 1 on a failure.
  const print =
    '(result) => { console.log(formatSmoke(label, result)); process.exitCode = result.failed > 0 ? 1 : 0; }';
  writeFileSync(
    join(dir, 'import.mjs'),
    `import { smoke } from './esm/entry.js';\nimport { formatSmoke } from './esm/run.js';\n` +
      "const label = globalThis.Deno ? 'deno' : globalThis.Bun ? 'bun' : 'node-import';\n" +
      `smoke().then(${print});\n`,
  );
  writeFileSync(
    join(dir, 'require.cjs'),
    "const { smoke } = require('./cjs/entry.js');\nconst { formatSmoke } = require('./cjs/run.js');\n" +
      `const label = 'node-require';\nsmoke().then(${print});\n`,
  );
  writeFileSync(
    join(dir, 'browser.mjs'),
    "import { smoke } from './esm/entry.js';\nimport { formatSmoke } from './esm/run.js';\n" +
      "smoke().then((result) => { globalThis.__smoke = { ...result, text: formatSmoke('chromium', result) }; });\n",
  );

  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    skipLibCheck: false,
  };
  for (const [mode, options] of Object.entries(TS_MODES)) {
    const include = mode === 'nodenext' ? ['src/*.ts', 'src/*.cts'] : ['src/*.ts'];
    writeFileSync(
      join(dir, `tsconfig.${mode}.json`),
      json({ compilerOptions: { ...compilerOptions, ...options }, include }),
    );
  }
  return dir;
}
