// A Worker holding one module-level token source, as a Worker that talks to an API would.
// The token endpoint is the test's loopback server, reached through the `fetch` option (the
// source itself insists on https:). `GET /?callers=N` asks for a token N times at once
// (after a forced refresh with `&refresh`); `?kick` starts a refresh and answers without waiting.
import { createTokenSource } from '../../src/index.ts';

let endpoint = '';
const source = createTokenSource({
  tokenEndpoint: 'https://acme.zendesk.com/oauth/tokens',
  grant: { type: 'client_credentials', clientId: 'demo_app', clientSecret: 'demo-app-secret-0b2f9c4e7a1d' },
  fetch: (input, init) => fetch(input instanceof Request ? input : endpoint, init),
});

export default {
  async fetch(request: Request, env: { TOKEN_SERVER: string }): Promise<Response> {
    endpoint = env.TOKEN_SERVER;
    const { searchParams } = new URL(request.url);
    if (searchParams.has('kick')) {
      // Starts a refresh and answers at once, without waiting for it (fire and forget): this
      // request ends, and workerd cancels what it left running.
      source.refresh().catch(() => {});
      return Response.json({ tokens: [], state: source.state });
    }
    if (searchParams.has('refresh')) await source.refresh();
    const callers = Number(searchParams.get('callers') ?? '1');
    const tokens = await Promise.all(Array.from({ length: callers }, () => source.token()));
    return Response.json({ tokens, state: source.state });
  },
};
