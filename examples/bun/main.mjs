// The Bun client: the same calls as examples/node, through the client in examples/client.
// Bun's fetch takes the demo's private CA per request (`tls: { ca }`); NODE_EXTRA_CA_CERTS
// would work as well.
//   bun examples/bun/main.mjs

import { assertHttpsUrl } from '@auth/tls-check';
import { createApiClient, scenario, socketScenarios } from '@auth-example/client';

const { API_URL, API_CA, API_EMAIL, API_TOKEN, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET } = Bun.env;
const api = assertHttpsUrl(API_URL); // an http:// URL would send the token in clear: refused
const ca = API_CA ? await Bun.file(API_CA).text() : undefined; // the demo's private CA
const sleep = (ms) => Bun.sleep(ms);
const client = createApiClient({
  api,
  clientId: OAUTH_CLIENT_ID,
  clientSecret: OAUTH_CLIENT_SECRET,
  fetchInit: { tls: { ca } },
});

const scenarios = socketScenarios({ api, ca, client, email: API_EMAIL, token: API_TOKEN, sleep });
for (const [name, run] of Object.entries(scenarios)) {
  const { ok } = await scenario(name, run);
  if (!ok) process.exitCode = 1;
}
