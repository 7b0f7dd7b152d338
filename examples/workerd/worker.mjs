// The Cloudflare Workers client: a Worker whose fetch handler makes the calls and answers
// one JSON line per scenario. Configuration arrives as bindings (`env`); the demo's CA is
// trusted by the outbound network service in the workerd config (see run.mjs). Bundled as
// Wrangler would, by esbuild with the `workerd`, `worker` and `browser` conditions.
import { basicTokenHeader } from '@auth/basic-token';
import { bearerHeader, parseBearerChallenge } from '@auth/bearer';
import { assertHttpsUrl, checkTls } from '@auth/tls-check';

export default {
  async fetch(_request, env) {
    const api = assertHttpsUrl(env.API_URL);
    const getMe = (authorization) =>
      fetch(new URL('/api/v2/users/me.json', api), { headers: { authorization } });
    const requestTokens = async (grant) => {
      const response = await fetch(new URL('/oauth/tokens', api), {
        method: 'POST',
        body: new URLSearchParams({
          client_id: env.OAUTH_CLIENT_ID,
          client_secret: env.OAUTH_CLIENT_SECRET,
          ...grant,
        }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(`${response.status} ${body.error}: ${body.error_description}`);
      return body;
    };

    const lines = [];
    const scenario = async (name, run) => {
      const started = Date.now(); // Workers' clocks advance only across I/O: coarse, but honest
      let ok = true;
      let detail;
      try {
        detail = await run();
      } catch (error) {
        ok = false;
        detail = error.message;
      }
      lines.push(JSON.stringify({ scenario: name, ok, ms: Date.now() - started, detail }));
    };

    await scenario('tls', async () => {
      const report = await checkTls(api); // Workers have no TLS socket to measure: the URL is judged
      expect(report.ok && report.runtime === 'workerd', `unexpected report: ${JSON.stringify(report)}`);
      return `https URL ok; ${report.notes.map((note) => note.code).join(', ')} (workerd enforces TLS itself)`;
    });

    await scenario('no-sni', async () => {
      // By IP address workerd sends no SNI (RFC 6066), and the API refuses the handshake.
      const failed = await fetch(`https://127.0.0.1:${api.port}/api/v2/users/me.json`).then(
        () => undefined,
        (error) => error,
      );
      expect(failed, 'the server answered a request made without SNI');
      return `fetch by IP address failed: ${failed.message.replace(/; reference = .*/, '')}`;
    });

    await scenario('api-token', async () => {
      const response = await getMe(basicTokenHeader({ email: env.API_EMAIL, token: env.API_TOKEN }));
      expect(response.status === 200, `expected 200, got ${response.status}`);
      const { user } = await response.json();
      return `200 ${user.email} (${user.authenticated_by})`;
    });

    let session;
    await scenario('oauth', async () => {
      session = await requestTokens({ grant_type: 'client_credentials' });
      const response = await getMe(bearerHeader(session.access_token));
      expect(response.status === 200, `expected 200, got ${response.status}`);
      const { user } = await response.json();
      return `200 ${user.email} (${user.authenticated_by}), token expires in ${session.expires_in} s`;
    });

    await scenario('bad-token', async () => {
      const response = await getMe(bearerHeader('not-a-real-token'));
      const challenge = parseBearerChallenge(response.headers.get('www-authenticate') ?? '');
      expect(response.status === 401, `expected 401, got ${response.status}`);
      expect(challenge.error === 'invalid_token', `expected error="invalid_token", got ${challenge.error}`);
      return `401 ${challenge.error}: ${challenge.errorDescription}`;
    });

    let spent;
    await scenario('refresh', async () => {
      await new Promise((resolve) => setTimeout(resolve, session.expires_in * 1000 + 100));
      const expired = await getMe(bearerHeader(session.access_token));
      const challenge = parseBearerChallenge(expired.headers.get('www-authenticate') ?? '');
      expect(
        expired.status === 401 && challenge.error === 'invalid_token',
        'the expired token was not refused',
      );
      spent = session.refresh_token;
      session = await requestTokens({ grant_type: 'refresh_token', refresh_token: spent });
      const response = await getMe(bearerHeader(session.access_token));
      expect(response.status === 200, `expected 200 after the refresh, got ${response.status}`);
      expect(session.refresh_token !== spent, 'the refresh token did not rotate');
      return `401 "${challenge.errorDescription}" -> refreshed, rotated -> 200`;
    });

    await scenario('reuse', async () => {
      const error = await requestTokens({ grant_type: 'refresh_token', refresh_token: spent }).then(
        () => undefined,
        (reason) => reason,
      );
      expect(error?.message.startsWith('400 invalid_grant'), 'a spent refresh token was accepted again');
      return error.message;
    });

    return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'application/x-ndjson' } });
  },
};

function expect(condition, message) {
  if (!condition) throw new Error(message);
}
