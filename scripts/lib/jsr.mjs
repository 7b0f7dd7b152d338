// A package's JSR manifest (jsr.json, or deno.json) kept in step with its package.json: the
// same version, and each sibling in its import map at the range npm users get for it (the
// one `pnpm pack` writes for a `workspace:` dependency). Text is edited in place, so the
// file keeps its formatting.
import { existsSync, readFileSync } from 'node:fs';

/** The JSR manifest's path, or undefined when the package has none. */
export function jsrManifestPath(dir) {
  return ['jsr.json', 'deno.json'].map((file) => `${dir}/${file}`).find((path) => existsSync(path));
}

/** What `pnpm pack` writes for a dependency on `version` declared as `spec`. */
function packedRange(spec, version) {
  if (!spec.startsWith('workspace:')) return spec;
  const range = spec.slice('workspace:'.length);
  if (range === '^' || range === '~') return `${range}${version}`;
  return range === '*' ? version : range;
}

/**
 * The JSR manifest text of `pkg` as it should be, given every package (`{ name, version,
 * dir, manifest }`). Siblings are `jsr:<name>@<range>` in its `imports`.
 */
export function syncedJsrText(pkg, packages) {
  const path = jsrManifestPath(pkg.dir);
  let text = readFileSync(path, 'utf8');
  text = text.replace(/("version"\s*:\s*)"[^"]*"/, `$1"${pkg.version}"`);
  const dependencies = { ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies };
  for (const sibling of packages) {
    const spec = dependencies[sibling.name];
    if (spec === undefined) continue;
    const escaped = sibling.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    text = text.replace(
      new RegExp(`"jsr:${escaped}@[^"]*"`, 'g'),
      `"jsr:${sibling.name}@${packedRange(spec, sibling.version)}"`,
    );
  }
  return text;
}
