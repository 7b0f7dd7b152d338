// Cloudflare's runtime on loopback, for tests: workerd from node_modules serving one Worker
// (ES modules, `dir/worker.js`) from a capnp config, whose outbound network reaches loopback
// and may trust a CA (`dir/ca.pem`); the port it bound comes from its control pipe, so
// `127.0.0.1:0` works without races.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);

/** A capnp text binding: `(name = "NAME", text = "value")`. */
export const textBinding = (name, value) => `(name = "${name}", text = ${JSON.stringify(value)})`;

/**
 * Writes `dir/config.capnp`: the Worker `dir/worker.js`, its outbound network (trusting
 * `dir/ca.pem` when `ca`), and `worker`: more fields of the Worker (bindings, Durable Objects).
 */
export function writeWorkerdConfig(dir, { ca = false, worker = '' } = {}) {
  const tls = ca ? ',\n      tlsOptions = (trustedCertificates = [ embed "ca.pem" ]),' : '';
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"]${tls})),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  globalOutbound = "internet",
  ${worker}
);
`,
  );
}

/**
 * Starts workerd on `dir/config.capnp`; resolves `{ url, stop() }` once it listens, or rejects
 * (and stops it) when it exits first or has not started within `startTimeoutMs`.
 */
export async function startWorkerd(dir, { startTimeoutMs = 30_000 } = {}) {
  const child = spawn(
    require.resolve('workerd/bin/workerd'),
    ['serve', join(dir, 'config.capnp'), '--control-fd=3'],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
    },
  );
  const stop = () => {
    child.removeAllListeners('exit');
    child.kill();
  };
  let timer;
  try {
    const port = await new Promise((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`workerd did not start within ${startTimeoutMs / 1000} s`)),
        startTimeoutMs,
      );
      child.once('exit', (code) => reject(new Error(`workerd exited with code ${code}`)));
      child.once('error', reject);
      createInterface({ input: child.stdio[3] }).on('line', (line) => {
        const event = JSON.parse(line);
        if (event.event === 'listen' && event.socket === 'http') resolve(event.port);
      });
    });
    return { url: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
