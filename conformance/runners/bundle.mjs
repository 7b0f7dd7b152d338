// Bundles a conformance entry the way a user's bundler would (esbuild resolving each
// package through its `exports` with the target's conditions), for the runtimes that
// cannot read node_modules themselves: browsers and workerd.
import { build } from 'esbuild';

/** Returns the bundled ES module as a string. */
export async function bundle(entryPoint, conditions) {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    conditions,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
