// The Node.js client: calls a Zendesk-style API with an API token, then the OAuth way, through
// the client in examples/client (shared with Deno, Bun, the browser and the Worker).
// `pnpm demo` runs it against the mock API; to run it by hand, start
// `node examples/mock-api/src/cli.mjs` and export the variables it prints.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { assertHttpsUrl } from '@auth/tls-check';
import { createApiClient, scenario, socketScenarios } from '@auth-example/client';
import { signInScenarios } from './sign-in-scenarios.mjs';

const { API_URL, API_CA, API_EMAIL, API_TOKEN, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET } = process.env;
const api = assertHttpsUrl(API_URL); // an http:// URL would send the token in clear: refused
// The demo's private CA. fetch() trusts it through NODE_EXTRA_CA_CERTS; checkTls takes it as `ca`.
const ca = API_CA ? readFileSync(API_CA, 'utf8') : undefined;
const client = createApiClient({ api, clientId: OAUTH_CLIENT_ID, clientSecret: OAUTH_CLIENT_SECRET });

// The scenarios the demo checks, each printed as one JSON line.
const scenarios = {
  ...socketScenarios({ api, ca, client, email: API_EMAIL, token: API_TOKEN, sleep }),
  // Sign-in with PKCE: the CLI (sign-in.mjs) with an automated user, and a code used twice.
  ...signInScenarios({ api, clientId: process.env.OAUTH_PUBLIC_CLIENT_ID ?? 'demo_public' }),
};
for (const [name, run] of Object.entries(scenarios)) {
  const { ok } = await scenario(name, run);
  if (!ok) process.exitCode = 1;
}
