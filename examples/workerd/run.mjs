// Runs the Worker (worker.mjs) in Cloudflare's own runtime, workerd, from node_modules:
// bundles it with esbuild as Wrangler would, writes a workerd config whose outbound network
// trusts the demo's CA, asks the Worker for its results and prints them (JSON lines).
//   node examples/workerd/run.mjs   (with the variables the mock API's CLI prints)
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const workerd = require.resolve('workerd/bin/workerd');
const text = (name) => `(name = "${name}", text = ${JSON.stringify(process.env[name] ?? '')})`;

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
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .client),
    # Outbound: loopback allowed (the mock API), and the demo's CA trusted.
    (name = "internet", network = (
      allow = ["public", "private", "local"],
      tlsOptions = (trustedCertificates = [ embed "ca.pem" ]),
    )),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const client :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  globalOutbound = "internet",
  bindings = [
    ${['API_URL', 'API_EMAIL', 'API_TOKEN', 'OAUTH_CLIENT_ID', 'OAUTH_CLIENT_SECRET'].map(text).join(',\n    ')},
  ],
);
`,
  );

  // workerd reports the port it bound on a control pipe (fd 3).
  const child = spawn(workerd, ['serve', join(dir, 'config.capnp'), '--control-fd=3'], {
    stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
  });
  try {
    const port = await new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`workerd exited with code ${code}`)));
      createInterface({ input: child.stdio[3] }).on('line', (line) => {
        const event = JSON.parse(line);
        if (event.event === 'listen' && event.socket === 'http') resolve(event.port);
      });
    });
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(30_000) });
    process.stdout.write(await response.text());
    console.error(`workerd ${require('workerd/package.json').version}`);
  } finally {
    child.removeAllListeners('exit');
    child.kill();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
