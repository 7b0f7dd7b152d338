// checkTls against a bare tls.connect handshake to the same loopback TLS 1.3 server: the cost of
// the report (URL and option checks, certificate and version verdicts) over the handshake itself.
// Both close their socket the same way (end, then destroy) and resolve once it is closed. The
// compare() of ./compare.mjs times synchronous functions, so this file interleaves its own rounds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { checkTls } from '@auth/tls-check';
import { makeCertificates } from '../packages/tls-check/test/servers.mjs';

const runtime = globalThis.Deno
  ? `deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `bun ${globalThis.Bun.version}`
    : `node ${process.versions.node}`;
const ROUNDS = Number(process.env.ROUNDS ?? 9);
const PER_ROUND = Number(process.env.PER_ROUND ?? 60);
const GOAL = 0.91; // anchor time / ours: ours at most 1.1x the bare handshake

const dir = mkdtempSync(join(tmpdir(), 'auth-tls-check-bench-'));
const { ca, good } = makeCertificates(dir);
const server = tls.createServer({ ...good, minVersion: 'TLSv1.3' }, (socket) => socket.end());
server.on('tlsClientError', () => {});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const url = `https://localhost:${port}/`;
const shared = tls.createSecureContext({ ca });

const candidates = {
  '@auth/tls-check checkTls': async () => {
    const report = await checkTls(url, { ca, timeoutMs: 5000 });
    if (!report.ok) throw new Error(JSON.stringify(report.problems));
  },
  'bare tls.connect handshake': () =>
    new Promise((resolve, reject) => {
      const socket = tls.connect({ host: 'localhost', port, servername: 'localhost', ca });
      socket.once('secureConnect', () => socket.end(() => socket.destroy()));
      socket.once('error', reject);
      socket.once('close', resolve);
    }),
  // The same with one secure context built ahead (as checkTls caches its own): the handshake alone.
  'tls.connect, shared context': () =>
    new Promise((resolve, reject) => {
      const socket = tls.connect({ host: 'localhost', port, servername: 'localhost', secureContext: shared });
      socket.once('secureConnect', () => socket.end(() => socket.destroy()));
      socket.once('error', reject);
      socket.once('close', resolve);
    }),
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const names = Object.keys(candidates);
const times = Object.fromEntries(names.map((name) => [name, []]));
for (const name of names) for (let i = 0; i < 20; i++) await candidates[name](); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? [...names].reverse() : names;
  for (const name of order) {
    const started = performance.now();
    for (let i = 0; i < PER_ROUND; i++) await candidates[name]();
    times[name].push((performance.now() - started) / PER_ROUND);
  }
}

const [ours, ...anchors] = names;
const oursMs = median(times[ours]);
console.log(
  `\ncheckTls vs a bare handshake  (${runtime}, median of ${ROUNDS} interleaved rounds of ${PER_ROUND})`,
);
console.log(`  ${ours.padEnd(28)} ${oursMs.toFixed(3).padStart(8)} ms/op  ours`);
for (const anchor of anchors) {
  const ratio = median(times[anchor]) / oursMs;
  console.log(
    `  ${anchor.padEnd(28)} ${median(times[anchor]).toFixed(3).padStart(8)} ms/op  ours is ${ratio.toFixed(2)}x its speed  goal >= ${GOAL}x: ${ratio >= GOAL ? 'met' : 'MISSED'}`,
  );
}

await new Promise((resolve) => server.close(resolve));
rmSync(dir, { recursive: true, force: true });
