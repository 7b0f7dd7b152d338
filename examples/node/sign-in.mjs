#!/usr/bin/env node
// A CLI that signs its user in with Zendesk the way RFC 8252 asks of native apps: the
// authorization code grant with PKCE (a public client: a CLI keeps no secret), and a loopback
// redirect, http://127.0.0.1:<port>/callback on a port the system picks (section 7.3; never
// `localhost`, section 8.3). It prints the URL to open, takes one callback, exchanges the code,
// saves the token set through a store (a file only the user can read), and calls the API.
//
//   NODE_EXTRA_CA_CERTS=$API_CA API_URL=https://localhost:PORT/ node examples/node/sign-in.mjs --store tokens.json
//   (OAUTH_PUBLIC_CLIENT_ID: the OAuth client, default demo_public; the mock API's CLI prints the rest)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createAuthorizationRequest, createTokenSource, exchangeAuthorizationCode } from '@auth/oauth-token';
import { assertHttpsUrl } from '@auth/tls-check';
import { fileTokenStore } from './file-store.mjs';

/** How long the CLI waits for the user to come back. */
const WAIT_MS = 5 * 60_000;

const page = (status, text) => ({
  status,
  body: `<!doctype html><meta charset="utf-8"><title>Sign in</title><p>${text}</p>`,
});

/**
 * Signs in once: resolves to the token set, saved to `store`. `say` shows the URL to open.
 *
 * @param {{ api: URL, clientId: string, store: import('@auth/oauth-token').TokenStore,
 *   say?: (line: string) => void, waitMs?: number }} options
 */
export async function signIn({ api, clientId, store, say = console.log, waitMs = WAIT_MS }) {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve); // loopback only: nothing else on the network can answer
  });
  const redirectUri = `http://127.0.0.1:${server.address().port}/callback`;
  try {
    const { url, state, codeVerifier } = await createAuthorizationRequest({
      authorizationEndpoint: new URL('/oauth/authorizations/new', api),
      clientId,
      redirectUri,
      scope: 'read',
    });
    say(`Open this URL in your browser to sign in:\n\n  ${url.href}\n`);
    const { callbackUrl, answer } = await oneCallback(server, redirectUri, waitMs);
    try {
      const tokens = await exchangeAuthorizationCode({
        tokenEndpoint: new URL('/oauth/tokens', api),
        clientId,
        redirectUri,
        callbackUrl,
        state,
        codeVerifier,
      });
      if (!(await store.save(tokens, await store.load()))) throw new Error('another sign-in saved first');
      answer(page(200, 'Signed in. You can close this tab and go back to the terminal.'));
      return tokens;
    } catch (error) {
      answer(page(400, 'Sign-in failed; the terminal says why.'));
      throw error;
    }
  } finally {
    server.close();
    server.closeAllConnections();
  }
}

/**
 * The first request to the callback path (others, such as a favicon, get a 404): its URL, and
 * `answer` for the browser once the code is exchanged.
 */
function oneCallback(server, redirectUri, waitMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sign-in within ${waitMs / 1000} s`)), waitMs);
    server.on('request', (request, response) => {
      const callbackUrl = new URL(request.url, redirectUri);
      if (callbackUrl.pathname !== new URL(redirectUri).pathname) {
        response.writeHead(404).end();
        return;
      }
      server.removeAllListeners('request');
      server.on('request', (_, late) => late.writeHead(404).end()); // one callback only
      clearTimeout(timer);
      resolve({
        callbackUrl: callbackUrl.href,
        answer: ({ status, body }) => response.writeHead(status, { 'content-type': 'text/html' }).end(body),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { store: { type: 'string', default: 'zendesk-tokens.json' } } });
  const api = assertHttpsUrl(process.env.API_URL);
  const clientId = process.env.OAUTH_PUBLIC_CLIENT_ID ?? 'demo_public';
  const store = fileTokenStore(values.store);
  try {
    await signIn({ api, clientId, store });
    // Later runs start here: a source on the store refreshes the saved set when it must.
    const source = createTokenSource({
      tokenEndpoint: new URL('/oauth/tokens', api),
      grant: { type: 'refresh_token', clientId },
      store,
    });
    const response = await source.fetch(new URL('/api/v2/users/me.json', api));
    const { user } = await response.json();
    await source.close();
    console.log(`Signed in as ${user.name} <${user.email}>; tokens saved to ${values.store}`);
  } catch (error) {
    console.error(`sign-in failed: ${error.code ? `${error.code}: ` : ''}${error.message}`);
    process.exitCode = 1;
  }
}
