// The second origin: serves the browser client (examples/browser) and the built @auth
// packages it imports, so the page's calls to the API are really cross-origin. The page's
// import map points `@auth/<name>` at `/vendor/@auth/<name>`, which redirects to the file
// the package's `exports` give the `browser` condition: the built `dist`, no bundler. The
// demo's shared client, `@auth-example/client`, is served the same way, from its `src`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript', '.js': 'text/javascript' };
const CONDITIONS = new Set(['browser', 'import', 'default']);
const VENDOR = /^\/vendor\/(@auth(?:-example)?\/[a-z0-9-]+)(\/.*)?$/;

/** The target of an `exports` entry for the conditions above, in the entry's own key order. */
function pick(target) {
  if (typeof target === 'string' || target === null) return target;
  if (Array.isArray(target)) return target.map(pick).find(Boolean);
  for (const [condition, value] of Object.entries(target)) {
    if (CONDITIONS.has(condition)) {
      const found = pick(value);
      if (found) return found;
    }
  }
  return undefined;
}

/** Reads `file` when it lies inside `root` and has a type we serve. */
async function serveFile(root, file) {
  const inside = relative(root, file);
  const type = TYPES[extname(file)];
  if (!type || inside.startsWith('..') || inside.split(sep).includes('node_modules')) return undefined;
  try {
    return new Response(await readFile(file), {
      headers: { 'content-type': type, 'cache-control': 'no-store' },
    });
  } catch {
    return undefined;
  }
}

/**
 * @param {string} pageDir the browser example's folder (index.html, *.mjs, its node_modules)
 * @param {Record<string, string>} [settings] served as `/settings.json`: what a build would bake into the app
 * @returns {(request: Request) => Promise<Response>}
 */
export function createPageServer(pageDir, settings = {}) {
  const require = createRequire(join(pageDir, 'package.json'));

  async function vendor(name, rest) {
    let packageJson;
    try {
      packageJson = require.resolve(`${name}/package.json`);
    } catch {
      return undefined;
    }
    const root = dirname(packageJson);
    const { exports } = JSON.parse(await readFile(packageJson, 'utf8'));
    const entry = pick(
      typeof exports === 'object' && !Array.isArray(exports) && '.' in exports ? exports['.'] : exports,
    );
    if (!entry) return undefined;
    if (!rest) {
      const location = `/vendor/${name}/${entry.replace(/^\.\//, '')}`;
      return new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } });
    }
    // Only the folder of the entry is served: `dist` for the packages, `src` for the client.
    return serveFile(dirname(join(root, entry)), join(root, rest));
  }

  return async function page(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const { pathname } = new URL(request.url);
    if (pathname === '/settings.json')
      return Response.json(settings, { headers: { 'cache-control': 'no-store' } });
    const match = VENDOR.exec(pathname);
    const response = match
      ? await vendor(match[1], match[2])
      : await serveFile(pageDir, join(pageDir, pathname === '/' ? 'index.html' : pathname));
    return response ?? new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } });
  };
}
