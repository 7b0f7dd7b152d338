// `pnpm version-packages`: `changeset version` (bumps package.json versions, writes the
// CHANGELOGs), then every JSR manifest brought in step (scripts/lib/jsr.mjs), then Biome's
// formatting of what changed, so the tree passes `pnpm lint` as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { jsrManifestPath, syncedJsrText } from './lib/jsr.mjs';
import { publishedPackages, root } from './lib/packages.mjs';

function run(args) {
  const result = spawnSync('pnpm', ['exec', ...args], { cwd: root, stdio: 'inherit', timeout: 300_000 });
  if (result.status !== 0) {
    console.error(`version-packages: pnpm exec ${args.join(' ')} failed`);
    process.exit(1);
  }
}

run(['changeset', 'version']);
const packages = publishedPackages();
const written = [];
for (const pkg of packages) {
  const path = jsrManifestPath(pkg.dir);
  if (!path) continue; // the release check names a package without one
  writeFileSync(path, syncedJsrText(pkg, packages));
  written.push(path);
}
const changelogs = packages.map((pkg) => `${pkg.dir}/CHANGELOG.md`).filter((path) => existsSync(path));
run(['biome', 'format', '--write', ...written, ...changelogs]);
console.log(`version-packages: ${packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`);
