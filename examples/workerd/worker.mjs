// The Cloudflare Workers client: a Worker whose fetch handler makes the calls and answers
// one JSON line per scenario. Configuration arrives as bindings (`env`); the demo's CA is
// trusted by the outbound network service in the workerd config (see run.mjs). Bundled as
// Wrangler would, by esbuild with the `workerd`, `worker` and `browser` conditions.
import { connect } from 'cloudflare:sockets';
import { assertHttpsUrl, checkTls } from '@auth/tls-check';
import { apiScenarios, createApiClient, expect, runScenario } from '@auth-example/client';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export default {
  async fetch(_request, env) {
    const api = assertHttpsUrl(env.API_URL);
    const client = createApiClient({
      api,
      clientId: env.OAUTH_CLIENT_ID,
      clientSecret: env.OAUTH_CLIENT_SECRET,
    });

    const scenarios = {
      tls: async () => {
        const report = await checkTls(api); // Workers have no TLS socket to measure: the URL is judged
        expect(report.ok && report.runtime === 'workerd', `unexpected report: ${JSON.stringify(report)}`);
        return `https URL ok; ${report.notes.map((note) => note.code).join(', ')} (workerd enforces TLS itself)`;
      },
      'no-sni': async () => {
        // By IP address workerd sends no SNI (RFC 6066), and the API refuses the handshake. The
        // port must take a TCP connection, and the fetch must fail at TLS: workerd reports a failed
        // handshake as "internal error" (details in its log), a lost or refused connection as
        // "Network connection lost." (retryable).
        const socket = connect({ hostname: '127.0.0.1', port: Number(api.port) });
        await socket.opened.catch((error) => {
          throw new Error(`the API is not reachable by IP address: ${error.message}`);
        });
        await socket.close();
        const failed = await fetch(`https://127.0.0.1:${api.port}/api/v2/users/me.json`).then(
          () => undefined,
          (error) => error,
        );
        expect(failed, 'the server answered a request made without SNI');
        const message = failed.message.replace(/; reference = .*/, '');
        expect(
          message === 'internal error' && failed.retryable !== true,
          `expected the TLS handshake to fail, got: ${message}`,
        );
        return `TCP connect ok, fetch by IP address failed at TLS: ${message}`;
      },
      ...apiScenarios({ client, email: env.API_EMAIL, token: env.API_TOKEN, sleep }),
    };

    // Workers' clocks advance only across I/O: the timings are coarse, but honest.
    const lines = [];
    for (const [name, run] of Object.entries(scenarios))
      lines.push(JSON.stringify(await runScenario(name, run)));
    return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'application/x-ndjson' } });
  },
};
