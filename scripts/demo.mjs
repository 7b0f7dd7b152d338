// `pnpm demo` (after `turbo run build`): starts the mock API on loopback, runs the client
// of every runtime against it (Node, Deno, Bun, Chromium, workerd), prints a progress line
// per step and one table, shuts everything down, and exits 1 if any scenario did not behave
// as expected or any runtime is missing. Last line: `demo: N passed, N failed`.
import { startMockApi } from '../examples/mock-api/src/index.mjs';
import { clients, root, SCENARIOS } from './demo/clients.mjs';
import { runClient } from './demo/run-client.mjs';
import { formatTable, LEGEND, resultCells } from './demo/table.mjs';

const ACCESS_TOKEN_TTL = 2; // seconds: short, so the clients see a token expire and refresh it
const say = (line) => console.log(`demo: ${line}`);
const started = performance.now();
const apiLog = [];
const columns = [];

say('starting the mock API (certificate made now with openssl; TLS 1.2+, SNI required)');
let api;
try {
  api = await startMockApi({ accessTokenTtl: ACCESS_TOKEN_TTL, log: (line) => apiLog.push(line) });
  say(`mock API on ${api.url} (127.0.0.1 and ::1), browser page on ${api.pageUrl}`);
  say(`access tokens live ${ACCESS_TOKEN_TTL} s; refresh tokens rotate`);
} catch (error) {
  console.error(error);
  say('FAILED to start the mock API: every scenario fails');
}

for (const [index, client] of clients.entries()) {
  const cells = new Map();
  const column = { name: client.name, version: client.version, cells };
  columns.push(column);
  const step = `[${index + 1}/${clients.length}] ${client.name}${client.version ? ` ${client.version}` : ''}`;
  if (client.missing || !api) {
    const why = client.missing ? `MISSING ${client.missing}` : 'not run: no mock API';
    say(`${step}: ${why}: its ${client.expected.length} scenarios fail`);
    for (const id of client.expected)
      cells.set(id, { ok: false, text: client.missing ? 'MISSING' : 'not run' });
    continue;
  }
  say(`${step}: running`);
  const { NODE_EXTRA_CA_CERTS: _, ...inherited } = process.env;
  const { results, code, stderr, seconds } = await runClient(
    {
      command: client.command,
      args: client.args(api),
      cwd: root,
      env: {
        ...inherited,
        NO_COLOR: '1',
        API_URL: api.url,
        PAGE_URL: api.pageUrl,
        API_CA: api.caPath,
        API_EMAIL: api.credentials.email,
        API_TOKEN: api.credentials.apiToken,
        OAUTH_CLIENT_ID: api.credentials.clientId,
        OAUTH_CLIENT_SECRET: api.credentials.clientSecret,
        OAUTH_PUBLIC_CLIENT_ID: api.credentials.publicClientId,
        ...client.env(api),
      },
    },
    (result) =>
      console.log(
        `  ${result.ok ? 'ok  ' : 'FAIL'} ${result.scenario.padEnd(16)} ${String(result.ms).padStart(5)} ms  ${result.detail}`,
      ),
  );
  for (const [id, cell] of resultCells(results, client.expected)) cells.set(id, cell);
  const failedHere = [...cells.values()].filter((result) => !result.ok).length;
  if (code !== 0 && failedHere === 0) cells.set('exit code', { ok: false, text: `exit ${code}` });
  column.version ??= stderr.match(new RegExp(`^${client.name} (\\S+)$`, 'm'))?.[1];
  const failed = [...cells.values()].filter((result) => !result.ok).length;
  say(`${step}: ${cells.size - failed} passed, ${failed} failed (${seconds.toFixed(1)} s)`);
  if (failed > 0 && stderr.trim()) console.log(stderr.trim().replace(/^/gm, `  ${client.name} | `));
}
if (api) {
  await api.close();
  say('mock API closed, certificate removed');
}

const all = columns.flatMap((column) => [...column.cells.values()]);
const passed = all.filter((result) => result.ok).length;
const failed = all.length - passed;
if (failed > 0 && apiLog.length > 0) {
  console.log('\nmock API log (last 30 lines):');
  console.log(apiLog.slice(-30).join('\n').replace(/^/gm, '  '));
}
console.log(`\n${formatTable(SCENARIOS, columns)}\n${LEGEND}\n`);
say(`versions: ${columns.map(({ name, version }) => `${name} ${version ?? '?'}`).join(', ')}`);
say(`${((performance.now() - started) / 1000).toFixed(1)} s in all`);
say(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
