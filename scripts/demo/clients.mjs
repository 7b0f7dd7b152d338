// The demo's clients: one per runtime, what each must report, and how to start it against
// a running mock API. A runtime whose binary is missing is a failure, never a skip.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../config/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = (path) => `${root}${path}`;
const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(here(`node_modules/${name}/package.json`), 'utf8')).version;
  } catch {
    return undefined;
  }
};

/** Scenario ids, in table order, with what each one shows. */
export const SCENARIOS = {
  tls: 'TLS 1.2+ with SNI (checkTls)',
  'no-sni': 'no SNI (by IP) -> handshake refused',
  'api-token': 'API token (Basic) -> 200',
  oauth: 'OAuth client_credentials -> Bearer 200',
  'bad-token': 'bad token -> 401, challenge parsed',
  proactive: 'refreshed ahead of expiry, no 401 (rotates)',
  herd: '100 calls at expiry -> 1 token request',
  peer: 'peer rotated -> 401, no challenge -> adopted',
  reuse: 'spent refresh token -> invalid_grant -> reauth',
  'bearer-cors': 'Bearer, cross-origin -> 200',
  'api-token-client': 'API token refused before sending',
  'api-token-cors': 'API token sent anyway -> 403, CORS',
  'cli-sign-in': 'CLI sign-in: loopback redirect, set saved',
  'code-replayed': 'code used twice -> invalid_grant, revoked',
  'sign-in': 'sign in (PKCE) -> call -> sign out, revoked',
  'sign-in-denied': 'Deny -> a readable message, no token request',
  'callback-replayed': 'replayed callback -> refused, no request',
  'state-forged': 'forged state -> refused before any request',
};

const SERVER_SIDE = [
  'tls',
  'no-sni',
  'api-token',
  'oauth',
  'bad-token',
  'proactive',
  'herd',
  'peer',
  'reuse',
];
const chromium = chromiumPath();

/**
 * `{ name, version, expected, missing?, command, args(api), env(api) }`. `env` gets the
 * API's address and credentials on top; only the Node processes get NODE_EXTRA_CA_CERTS, so
 * Deno (`--cert`), Bun (`tls: { ca }`) and workerd (its config) show their own ways.
 */
export const clients = [
  {
    name: 'node',
    version: process.versions.node,
    expected: [...SERVER_SIDE, 'cli-sign-in', 'code-replayed'],
    command: process.execPath,
    args: () => [here('examples/node/main.mjs')],
    env: (api) => ({ NODE_EXTRA_CA_CERTS: api.caPath }),
  },
  {
    name: 'deno',
    version: versionOf('deno'),
    expected: SERVER_SIDE,
    missing: existsSync(here('node_modules/.bin/deno'))
      ? undefined
      : 'node_modules/.bin/deno: run `pnpm install`',
    command: here('node_modules/.bin/deno'),
    args: (api) => [
      'run',
      `--cert=${api.caPath}`,
      '--allow-net=localhost,127.0.0.1',
      `--allow-read=${api.caPath}`,
      '--allow-env=API_URL,API_CA,API_EMAIL,API_TOKEN,OAUTH_CLIENT_ID,OAUTH_CLIENT_SECRET',
      here('examples/deno/main.mjs'),
    ],
    env: () => ({}),
  },
  {
    name: 'bun',
    version: versionOf('bun'),
    expected: SERVER_SIDE,
    missing: existsSync(here('node_modules/.bin/bun'))
      ? undefined
      : 'node_modules/.bin/bun: run `pnpm install`',
    command: here('node_modules/.bin/bun'),
    args: () => [here('examples/bun/main.mjs')],
    env: () => ({}),
  },
  {
    name: 'chromium',
    version: undefined, // the driver prints it
    expected: [
      'tls',
      'bearer-cors',
      'api-token-client',
      'api-token-cors',
      'bad-token',
      'sign-in',
      'callback-replayed',
      'sign-in-denied',
      'state-forged',
    ],
    missing: existsSync(chromium)
      ? undefined
      : `${chromium}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    command: process.execPath,
    args: () => [here('examples/browser/run.mjs')],
    env: (api) => ({ NODE_EXTRA_CA_CERTS: api.caPath }),
  },
  {
    name: 'workerd',
    version: versionOf('workerd'),
    expected: SERVER_SIDE,
    missing: existsSync(here('node_modules/workerd/bin/workerd')) ? undefined : 'workerd: run `pnpm install`',
    command: process.execPath,
    args: () => [here('examples/workerd/run.mjs')],
    env: () => ({}),
  },
];

export { root };
