// Bytes a browser user ships: a module bundled by esbuild for the browser, minified, then
// gzip -9. Our packages resolve through their `exports` (the `browser` condition), from a
// scratch folder that links every published package by name, so a new package needs no setup.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { publishedPackages, root } from '../lib/packages.mjs';
import { withoutMessageText } from './message-text.mjs';

async function measure(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['browser'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // Node builtins some anchors reach for stay external: the figure is a lower bound for them.
    external: ['node:*', 'buffer'],
  });
  const { contents: bytes, text } = result.outputFiles[0];
  const gzip = (data) => gzipSync(data, { level: 9 }).length;
  return { min: bytes.length, gzip: gzip(bytes), bare: gzip(withoutMessageText(text)) };
}

/**
 * Measures `modules` (`{ key: source }`, the source importing our packages by name) and
 * `anchors` (resolved from bench/, where they are installed). Resolves to `{ key: { min, gzip, bare } }`,
 * `bare` being the gzip size without the text of any message (message-text.mjs).
 */
export async function measureAll(modules, anchors) {
  const scratch = mkdtempSync(join(tmpdir(), 'auth-size-'));
  try {
    for (const { name, dir } of publishedPackages()) {
      const link = join(scratch, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(dir, link, 'dir');
    }
    const sizes = {};
    for (const [key, source] of Object.entries(modules)) sizes[key] = await measure(source, scratch);
    for (const [key, source] of Object.entries(anchors)) sizes[key] = await measure(source, `${root}bench`);
    return sizes;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
