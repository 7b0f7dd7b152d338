// The Deno client: the same calls as examples/node, through the client in examples/client.
// The packages come from npm (`deno add npm:@auth/bearer`...); here from the workspace's node_modules.
// Deno's fetch trusts the demo's private CA when started with `--cert ca.pem` (or DENO_CERT):
//   deno run --cert="$API_CA" --allow-net=localhost,127.0.0.1 --allow-read="$API_CA" \
//     --allow-env=API_URL,API_CA,API_EMAIL,API_TOKEN,OAUTH_CLIENT_ID,OAUTH_CLIENT_SECRET examples/deno/main.mjs

import { assertHttpsUrl } from '@auth/tls-check';
import { createApiClient, scenario, socketScenarios } from '@auth-example/client';

// Each variable read by name, so that `--allow-env` can list exactly these.
const [API_URL, API_CA, API_EMAIL, API_TOKEN, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET] = [
  'API_URL',
  'API_CA',
  'API_EMAIL',
  'API_TOKEN',
  'OAUTH_CLIENT_ID',
  'OAUTH_CLIENT_SECRET',
].map((name) => Deno.env.get(name));
const api = assertHttpsUrl(API_URL); // an http:// URL would send the token in clear: refused
// checkTls runs on Deno's node:tls, which takes the private CA as `ca`.
const ca = API_CA ? await Deno.readTextFile(API_CA) : undefined;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const client = createApiClient({ api, clientId: OAUTH_CLIENT_ID, clientSecret: OAUTH_CLIENT_SECRET });

const scenarios = socketScenarios({ api, ca, client, email: API_EMAIL, token: API_TOKEN, sleep });
for (const [name, run] of Object.entries(scenarios)) {
  const { ok } = await scenario(name, run);
  if (!ok) Deno.exitCode = 1;
}
