// `pnpm pack:all`: every published package of packages/ packed, as npm would publish it
// (workspace: ranges replaced by versions), into one folder, .packs/ by default.
// Usage: node scripts/pack-all.mjs [folder]     Prints each tarball's path.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publishedPackages, root } from './lib/packages.mjs';

/** Packs every package into `folder` (emptied first); returns the tarballs' absolute paths. */
export function packAll(folder = `${root}.packs`) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const { name, dir } of publishedPackages()) {
    const packed = spawnSync('pnpm', ['pack', '--pack-destination', folder], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (packed.status !== 0) {
      throw new Error(
        `pnpm pack of ${name} failed (${packed.error?.message ?? `exit ${packed.status}`}):\n${packed.stderr}`,
      );
    }
  }
  return readdirSync(folder)
    .filter((file) => file.endsWith('.tgz'))
    .sort()
    .map((file) => resolve(folder, file));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = resolve(process.argv[2] ?? `${root}.packs`);
  for (const tarball of packAll(folder)) console.log(tarball);
}
