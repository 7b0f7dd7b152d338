// The scenarios the demo checks, as `{ name: run }` objects, in the order they run.
import { basicTokenHeader } from '@auth/basic-token';
import { bearerHeader, parseBearerChallenge } from '@auth/bearer';
import { memoryTokenStore, parseTokenResponse } from '@auth/oauth-token';
import { checkTls } from '@auth/tls-check';
import { expect } from './scenario.mjs';

/** The TLS checks, for runtimes with TLS sockets that checkTls measures (Node, Deno, Bun). */
export function tlsScenarios({ api, ca }) {
  return {
    tls: async () => {
      const report = await checkTls(api, { ca });
      expect(report.measured, 'checkTls did not measure: the package resolved to its Web entry');
      expect(report.ok, report.problems.map((problem) => problem.message).join('; '));
      return `${report.protocol}, SNI ${report.sni.servername}, ${report.cipher}`;
    },

    'no-sni': async () => {
      // The same server by IP address: no SNI can be sent (RFC 6066), and the server requires it,
      // so the connection is made and the handshake refused (a closed port would be CONNECTION_REFUSED).
      const report = await checkTls(`https://127.0.0.1:${api.port}/`, { ca });
      const codes = report.problems.map((problem) => problem.code).join(', ');
      expect(report.measured, 'checkTls did not measure: the package resolved to its Web entry');
      expect(report.sni.sent === false, `SNI was sent for an IP address: ${JSON.stringify(report.sni)}`);
      expect(!report.ok, 'the server completed a handshake without SNI');
      expect(codes === 'HANDSHAKE_FAILED', `expected the handshake refused (HANDSHAKE_FAILED), got ${codes}`);
      return `refused: ${codes}`;
    },
  };
}

/** Counts what a token source sends through its `fetch`: token requests, API calls, 401s. */
function counter() {
  const count = { tokens: 0, calls: 0, unauthorized: 0, challenged: 0 };
  count.onRequest = (url, { status, headers }) => {
    if (url.endsWith('/oauth/tokens')) {
      count.tokens++;
      return;
    }
    count.calls++;
    if (status === 401) count.unauthorized++;
    if (status === 401 && headers.has('www-authenticate')) count.challenged++;
  };
  return count;
}

/**
 * The API calls, through a `createApiClient` client: an API token, then OAuth through token
 * sources (@auth/oauth-token): a first call, a bad token, a refresh ahead of expiry, 100 calls at
 * expiry, a peer's rotation adopted, and a spent refresh token. The demo's access tokens live
 * two seconds: the sources refresh 500 ms ahead (the default window, at least 15 s, is for real
 * lifetimes of 5 minutes and more).
 */
export function apiScenarios({ client, email, token, sleep }) {
  const window = { refreshWindowMs: 500 };
  const refreshGrant = { type: 'refresh_token' };
  /** A first set of tokens, as a sign-in gives them (the mock API issues a refresh token here). */
  const signIn = async () => {
    const sentAt = Date.now();
    return parseTokenResponse(await client.requestTokens({ grant_type: 'client_credentials' }), sentAt);
  };
  const count = counter();
  let source; // proactive and herd: one source spending refresh tokens
  let spent; // a refresh token a peer spent, presented again by 'reuse'
  let peerSet;

  return {
    'api-token': async () => {
      const response = await client.getMe(basicTokenHeader({ email, token }));
      expect(response.status === 200, `expected 200, got ${response.status}`);
      const { user } = await response.json();
      return `200 ${user.email} (${user.authenticated_by})`;
    },

    oauth: async () => {
      const cc = client.tokenSource();
      const response = await client.getMeWithOAuth(cc);
      expect(response.status === 200, `expected 200, got ${response.status}`);
      const { user } = await response.json();
      return `200 ${user.email} (${user.authenticated_by}), token expires in ${Math.round((cc.expiresAt - Date.now()) / 1000)} s`;
    },

    'bad-token': async () => {
      const response = await client.getMe(bearerHeader('not-a-real-token'));
      const challenge = parseBearerChallenge(response.headers.get('www-authenticate') ?? '');
      expect(response.status === 401, `expected 401, got ${response.status}`);
      expect(challenge.error === 'invalid_token', `expected error="invalid_token", got ${challenge.error}`);
      return `401 ${challenge.error}: ${challenge.errorDescription}`;
    },

    proactive: async () => {
      const tokens = await signIn();
      const rotated = [];
      const onEvent = (event) => event.type === 'refresh-ok' && rotated.push(event);
      source = client.tokenSource({
        grant: refreshGrant,
        tokens,
        onRequest: count.onRequest,
        onEvent,
        ...window,
      });
      const first = await client.getMeWithOAuth(source);
      expect(first.status === 200, `expected 200, got ${first.status}`);
      await sleep(Math.max(0, source.expiresAt - Date.now() - 300)); // inside the window, not expired
      const early = source.expiresAt - Date.now();
      const second = await client.getMeWithOAuth(source);
      expect(second.status === 200, `expected 200 after the refresh, got ${second.status}`);
      expect(count.unauthorized === 0, `${count.unauthorized} calls got a 401`);
      expect(count.tokens === 1, `expected 1 token request, saw ${count.tokens}`);
      expect(rotated.length === 1 && rotated[0].rotated, 'the refresh token did not rotate');
      return `refreshed ${early} ms before expiry: ${count.calls} calls, 0 x 401, ${count.tokens} token request (rotated)`;
    },

    herd: async () => {
      await sleep(Math.max(0, source.expiresAt - Date.now() + 50)); // expired now
      const before = count.tokens;
      const started = Date.now();
      // 100 callers at once, all finding the token expired: they share one token request. (The
      // calls are counted apart: on a loaded machine they can outlast the new two-second token,
      // and the source then rightly refreshes again.)
      const calls = Array.from({ length: 100 }, () => client.getMeWithOAuth(source));
      const atExpiry = await Promise.all(Array.from({ length: 100 }, () => source.token()));
      const shared = count.tokens - before;
      const responses = await Promise.all(calls);
      const ms = Date.now() - started;
      const ok = responses.filter((response) => response.status === 200).length;
      await Promise.all(responses.map((response) => response.body?.cancel()));
      expect(ok === 100, `${100 - ok} of 100 calls failed`);
      expect(new Set(atExpiry).size === 1, 'the callers at expiry got different tokens');
      expect(shared === 1, `expected 1 token request for the callers at expiry, saw ${shared}`);
      return `100 calls at expiry: ${ok} x 200 in ${ms} ms, ${shared} token request, ${count.unauthorized} x 401`;
    },

    peer: async () => {
      // Two processes sharing one store (here in memory; Redis in a fleet): one rotates the
      // refresh token, which deletes the access token the other still holds.
      peerSet = await signIn();
      const store = memoryTokenStore();
      const options = { grant: refreshGrant, tokens: peerSet, store, ...window };
      const peer = client.tokenSource(options);
      const mine = counter();
      const ours = client.tokenSource({ ...options, onRequest: mine.onRequest });
      expect((await client.getMeWithOAuth(ours)).status === 200, 'the first call failed');
      spent = peerSet.refreshToken;
      await peer.refresh(); // rotates: Zendesk deletes the access and refresh tokens ours holds
      const response = await client.getMeWithOAuth(ours);
      expect(response.status === 200, `expected 200, got ${response.status}`);
      expect(mine.unauthorized === 1, `expected one 401, saw ${mine.unauthorized}`);
      expect(mine.challenged === 0, 'the 401 carried a challenge: this row shows one without');
      expect(mine.tokens === 0, `expected no token request (adopted), saw ${mine.tokens}`);
      return `peer rotated; 401 without challenge -> adopted its set (0 token requests) -> 200`;
    },

    reuse: async () => {
      // A process whose store never saw the rotation: it spends the spent refresh token.
      const stale = counter();
      const lost = client.tokenSource({
        grant: refreshGrant,
        tokens: { ...peerSet, expiresAt: 0, refreshToken: spent },
        onRequest: stale.onRequest,
        ...window,
      });
      const error = await lost.token().then(
        () => undefined,
        (reason) => reason,
      );
      expect(error?.code === 'INVALID_GRANT', `expected INVALID_GRANT, got ${error?.code ?? 'a token'}`);
      expect(lost.state === 'reauth-required', `state is ${lost.state}`);
      const again = await lost.token().catch((reason) => reason);
      expect(again?.code === 'REAUTH_REQUIRED' && stale.tokens === 1, 'a second token request was sent');
      return `${error.status} ${error.oauthError} -> ${lost.state}; then ${again.code}, no request`;
    },
  };
}

/** Every scenario of a runtime with TLS sockets (Node, Deno, Bun): the TLS checks, then the API calls. */
export function socketScenarios(options) {
  return { ...tlsScenarios(options), ...apiScenarios(options) };
}
