// The scenarios the demo checks, as `{ name: run }` objects, in the order they run.
import { basicTokenHeader } from '@auth/basic-token';
import { bearerHeader, parseBearerChallenge } from '@auth/bearer';
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

/**
 * The API calls, through a `createApiClient` client: an API token, then OAuth (tokens, a bad
 * token, an expired one refreshed, the spent refresh token presented again).
 */
export function apiScenarios({ client, email, token, sleep }) {
  const session = {};
  let spent;
  return {
    'api-token': async () => {
      const response = await client.getMe(basicTokenHeader({ email, token }));
      expect(response.status === 200, `expected 200, got ${response.status}`);
      const { user } = await response.json();
      return `200 ${user.email} (${user.authenticated_by})`;
    },

    oauth: async () => {
      Object.assign(session, await client.requestTokens({ grant_type: 'client_credentials' }));
      const { response } = await client.getMeWithOAuth(session);
      expect(response.status === 200, `expected 200, got ${response.status}`);
      const { user } = await response.json();
      return `200 ${user.email} (${user.authenticated_by}), token expires in ${session.expires_in} s`;
    },

    'bad-token': async () => {
      const response = await client.getMe(bearerHeader('not-a-real-token'));
      const challenge = parseBearerChallenge(response.headers.get('www-authenticate') ?? '');
      expect(response.status === 401, `expected 401, got ${response.status}`);
      expect(challenge.error === 'invalid_token', `expected error="invalid_token", got ${challenge.error}`);
      return `401 ${challenge.error}: ${challenge.errorDescription}`;
    },

    refresh: async () => {
      await sleep(session.expires_in * 1000 + 100); // the demo's access tokens live two seconds
      spent = session.refresh_token;
      const { response, challenge } = await client.getMeWithOAuth(session);
      expect(challenge?.error === 'invalid_token', 'the expired access token was not refused');
      expect(response.status === 200, `expected 200 after the refresh, got ${response.status}`);
      expect(session.refresh_token !== spent, 'the refresh token did not rotate');
      return `401 "${challenge.errorDescription}" -> refreshed, rotated -> 200`;
    },

    reuse: async () => {
      const error = await client.requestTokens({ grant_type: 'refresh_token', refresh_token: spent }).then(
        () => undefined,
        (reason) => reason,
      );
      expect(error?.message.startsWith('400 invalid_grant'), 'a spent refresh token was accepted again');
      return error.message;
    },
  };
}

/** Every scenario of a runtime with TLS sockets (Node, Deno, Bun): the TLS checks, then the API calls. */
export function socketScenarios(options) {
  return { ...tlsScenarios(options), ...apiScenarios(options) };
}
