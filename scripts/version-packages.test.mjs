// `pnpm version-packages` on a copy of the repository with a sample changeset: every JSR
// manifest follows its package.json, siblings' ranges included; the real tree is untouched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { jsrManifestPath } from './lib/jsr.mjs';
import { publishedPackages, root } from './lib/packages.mjs';

const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('version-packages bumps package.json and jsr.json together, ranges included', {
  timeout: 180_000,
}, () => {
  const statusBefore = git('status', '--porcelain');
  const copy = mkdtempSync(join(tmpdir(), 'auth-version-'));
  try {
    for (const file of git('ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0')) {
      if (file) cpSync(join(root, file), join(copy, file), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const packages = publishedPackages(copy);
    // Bump a package others depend on, so the dependents' ranges must follow.
    const bumped =
      packages.find((pkg) => packages.some((other) => other.manifest.dependencies?.[pkg.name])) ??
      packages[0];
    const dependents = packages.filter((pkg) => pkg.manifest.dependencies?.[bumped.name]);
    writeFileSync(
      join(copy, '.changeset', 'sample-minor.md'),
      `---\n"${bumped.name}": minor\n---\n\nA sample change.\n`,
    );

    const run = spawnSync(process.execPath, ['scripts/version-packages.mjs'], {
      cwd: copy,
      encoding: 'utf8',
      timeout: 150_000,
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);

    const after = publishedPackages(copy);
    const newVersion = after.find((pkg) => pkg.name === bumped.name).version;
    assert.notEqual(newVersion, bumped.version, `${bumped.name} was not bumped`);
    for (const pkg of after) {
      assert.equal(readJson(jsrManifestPath(pkg.dir)).version, pkg.version, `${pkg.name}: jsr.json version`);
    }
    for (const dependent of dependents) {
      const { imports = {} } = readJson(
        jsrManifestPath(join(copy, 'packages', dependent.dir.split('/').at(-1))),
      );
      assert.equal(
        imports[bumped.name],
        `jsr:${bumped.name}@^${newVersion}`,
        `${dependent.name}: import map`,
      );
    }
    // What it wrote passes `pnpm lint` as it is.
    const written = after.flatMap((pkg) => [jsrManifestPath(pkg.dir), join(pkg.dir, 'package.json')]);
    const changelog = join(copy, 'packages', bumped.dir.split('/').at(-1), 'CHANGELOG.md');
    assert.match(readFileSync(changelog, 'utf8'), /A sample change\./);
    const check = spawnSync(join(root, 'node_modules/.bin/biome'), ['check', ...written, changelog], {
      cwd: copy,
      encoding: 'utf8',
    });
    assert.equal(check.status, 0, `biome check fails on what it wrote:\n${check.stdout}${check.stderr}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  assert.equal(git('status', '--porcelain'), statusBefore, 'the real tree changed');
});
