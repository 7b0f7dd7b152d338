#!/usr/bin/env node
// node examples/mock-api/src/cli.mjs [--port 8443] [--page-port 8444] [--access-token-ttl 1800]
// Starts the mock API, prints how to call it, logs each request (secrets redacted), and
// shuts down cleanly on Ctrl-C (a second Ctrl-C exits at once). Credentials come from the
// environment when set: MOCK_EMAIL, MOCK_API_TOKEN, MOCK_CLIENT_ID, MOCK_CLIENT_SECRET.
import { parseArgs } from 'node:util';
import { startMockApi } from './index.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'page-port': { type: 'string', default: '0' },
    'access-token-ttl': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    'usage: node examples/mock-api/src/cli.mjs [--port N] [--page-port N] [--access-token-ttl SECONDS]',
  );
  process.exit(0);
}

const { env } = process;
const api = await startMockApi({
  port: Number(values.port),
  pagePort: Number(values['page-port']),
  accessTokenTtl: values['access-token-ttl'] === undefined ? undefined : Number(values['access-token-ttl']),
  email: env.MOCK_EMAIL,
  apiToken: env.MOCK_API_TOKEN,
  clientId: env.MOCK_CLIENT_ID,
  clientSecret: env.MOCK_CLIENT_SECRET,
  log: (line) => console.log(`${new Date().toISOString()} ${line}`),
});

const { email, apiToken, clientId, clientSecret } = api.credentials;
const ttl = api.accessTokenTtl;
console.log(`mock API on ${api.url} (127.0.0.1 and ::1; use the name localhost: SNI is required)
browser page on ${api.pageUrl ?? '(none)'}${api.pageUrl ? `, the sign-in app on ${api.pageUrl}app.html` : ''}
CA certificate: ${api.caPath}
access tokens live ${ttl} s${ttl > 10 ? ' (the clients wait for one to expire: try --access-token-ttl 2)' : ''}

  curl --cacert ${api.caPath} -u ${email}/token:${apiToken} ${api.origin}/api/v2/users/me.json
  curl --cacert ${api.caPath} -d grant_type=client_credentials -d client_id=${clientId} \\
       -d client_secret=${clientSecret} ${api.origin}/oauth/tokens

The clients, from the repository root in another shell:

  export API_URL=${api.url} PAGE_URL=${api.pageUrl ?? ''} API_CA=${api.caPath}
  export API_EMAIL=${email} API_TOKEN=${apiToken}
  export OAUTH_CLIENT_ID=${clientId} OAUTH_CLIENT_SECRET=${clientSecret}
  NODE_EXTRA_CA_CERTS=$API_CA node examples/node/main.mjs
  pnpm exec deno run --cert=$API_CA --allow-net --allow-read --allow-env examples/deno/main.mjs
  pnpm exec bun examples/bun/main.mjs
  NODE_EXTRA_CA_CERTS=$API_CA node examples/browser/run.mjs
  NODE_EXTRA_CA_CERTS=$API_CA OAUTH_PUBLIC_CLIENT_ID=${api.credentials.publicClientId} node examples/node/sign-in.mjs --store /tmp/zendesk-tokens.json
  node examples/workerd/run.mjs
`);

let closing = false;
const shutdown = async (signal) => {
  if (closing) process.exit(signal === 'SIGINT' ? 130 : 143); // asked twice: stop waiting
  closing = true;
  console.log(`${signal}: closing`);
  await api.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
