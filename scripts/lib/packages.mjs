// The published packages of this repository: every folder of packages/ with a package.json
// that is not private. Read each time, so a new package is picked up without a list to edit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, with a trailing slash. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @returns {Array<{ name: string, version: string, dir: string, manifest: Record<string, any> }>}
 *   sorted by folder; `dir` is absolute.
 */
export function publishedPackages(repository = root) {
  const packagesDir = `${repository.replace(/\/?$/, '/')}packages/`;
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${packagesDir}${entry.name}/package.json`))
    .map((entry) => {
      const dir = `${packagesDir}${entry.name}`;
      const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
      return { name: manifest.name, version: manifest.version, dir, manifest };
    })
    .filter((pkg) => !pkg.manifest.private)
    .sort((a, b) => a.dir.localeCompare(b.dir));
}
