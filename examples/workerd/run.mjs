// Runs the Worker (worker.mjs) in Cloudflare's own runtime, workerd, from node_modules:
// bundles it with esbuild as Wrangler would, writes a workerd config whose outbound network
// trusts the demo's CA, asks the Worker for its results and prints them (JSON lines).
//   node examples/workerd/run.mjs   (with the variables the mock API's CLI prints)
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startWorkerd, textBinding, writeWorkerdConfig } from '../../config/workerd.mjs';

const require = createRequire(import.meta.url);

const dir = mkdtempSync(join(tmpdir(), 'auth-example-workerd-'));
try {
  await build({
    entryPoints: [fileURLToPath(new URL('./worker.mjs', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    external: ['cloudflare:*'], // workerd's own modules
    mainFields: ['browser', 'module', 'main'],
    outfile: join(dir, 'worker.js'),
    logLevel: 'warning',
  });
  copyFileSync(process.env.API_CA, join(dir, 'ca.pem'));
  // Outbound: loopback allowed (the mock API), and the demo's CA trusted.
  const names = ['API_URL', 'API_EMAIL', 'API_TOKEN', 'OAUTH_CLIENT_ID', 'OAUTH_CLIENT_SECRET'];
  writeWorkerdConfig(dir, {
    ca: true,
    worker: `bindings = [${names.map((name) => textBinding(name, process.env[name] ?? '')).join(', ')}],`,
  });
  // workerd reports the port it bound on a control pipe.
  const workerd = await startWorkerd(dir);
  try {
    const response = await fetch(`${workerd.url}/`, { signal: AbortSignal.timeout(30_000) });
    process.stdout.write(await response.text());
    console.error(`workerd ${require('workerd/package.json').version}`);
  } finally {
    workerd.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
