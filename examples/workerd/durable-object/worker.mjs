// Cloudflare Workers with rotating refresh tokens: a Durable Object owns the refresh. There is
// one instance per grant (`idFromName`), wherever the requests come from; it holds the token
// source, keeps the set in its own storage (so it survives the object's eviction), and every
// request asks it for the Authorization header over RPC. One owner means one refresh per
// rotation, with no lock and no shared promise between requests (which Workers forbid).
//   POST /sign-in  { tokens }   saves the first set (what a sign-in callback would do)
//   GET  /me                    calls the API with the owner's header, retrying once on a 401
// Bindings: TOKENS (the Durable Object namespace), TOKEN_ENDPOINT, API_URL, CLIENT_ID, CLIENT_SECRET.

import { DurableObject } from 'cloudflare:workers';
import { createTokenSource } from '@auth/oauth-token';

/**
 * A TokenStore on the object's storage. Each call of the object runs its storage operations
 * without another call's in between (the input gate), so load-compare-write is a compare-and-set.
 */
function durableStore(storage) {
  return {
    load: () => storage.get('tokens'),
    async save(next, previous) {
      const stored = await storage.get('tokens');
      const same =
        stored?.accessToken === previous?.accessToken && stored?.refreshToken === previous?.refreshToken;
      if (!same) return false;
      await storage.put('tokens', { ...next });
      return true;
    },
  };
}

export class TokenOwner extends DurableObject {
  #source;

  constructor(ctx, env) {
    super(ctx, env);
    this.#source = createTokenSource({
      tokenEndpoint: env.TOKEN_ENDPOINT,
      grant: { type: 'refresh_token', clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET },
      store: durableStore(ctx.storage),
      // The demo's tokens live 1 second: refresh them a quarter of their life early.
      refreshWindowMs: (lifetime) => lifetime / 4,
    });
  }

  /** `'Bearer ...'`, refreshed first when due; `invalid` is the token a 401 refused, if any. */
  async authorization(invalid) {
    if (invalid) this.#source.invalidate(invalid);
    return this.#source.authorization();
  }

  /** Saves a first set, from a sign-in, over whatever is stored. */
  async signIn(tokens) {
    await this.ctx.storage.put('tokens', { ...tokens });
  }
}

export default {
  async fetch(request, env) {
    const owner = env.TOKENS.get(env.TOKENS.idFromName('acme'));
    const { pathname } = new URL(request.url);
    if (pathname === '/sign-in' && request.method === 'POST') {
      await owner.signIn((await request.json()).tokens);
      return new Response(null, { status: 204 });
    }
    if (pathname !== '/me') return new Response('Not Found', { status: 404 });
    const me = new URL('api/v2/users/me.json', env.API_URL);
    let authorization = await owner.authorization();
    let response = await fetch(me, { headers: { authorization } });
    if (response.status === 401) {
      // The owner rotated since (which deletes the previous access token): ask again, once.
      await response.body?.cancel();
      authorization = await owner.authorization(authorization.slice('Bearer '.length));
      response = await fetch(me, { headers: { authorization } });
    }
    return response;
  },
};
