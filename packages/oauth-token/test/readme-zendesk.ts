// The fake Zendesk the README's examples run against (they are tests: config/examples.ts):
// the token endpoint and the API through `fetch`, a clock through `now`, short token names.
import { parseTokenResponse } from '../src/index.ts';
import type { TokenSet } from '../src/types.ts';
import { fakeAuthorization } from './fake-authorization.ts';
import { CLIENT, fakeClock, fakeZendesk, TOKEN_ENDPOINT } from './fake-zendesk.ts';

export interface TestZendesk {
  /** For the `fetch` option: the token endpoint and `GET /api/v2/users/me.json`. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** For the `now` option: starts at 0. */
  now: () => number;
  /** Moves the clock. */
  advance(ms: number): void;
  /** How many token requests the endpoint got. */
  readonly tokenRequests: number;
  /** A first set of tokens, as a sign-in gives. */
  signIn(): Promise<TokenSet>;
  /** Deletes every token (an admin revoked them). */
  revoke(): void;
  /** The user at an authorization URL, answering `allow` (the default) or `deny`: the URL they come back to. */
  authorize(url: URL | string, answer?: 'allow' | 'deny'): Promise<string>;
}

export function testZendesk(): TestZendesk {
  const clock = fakeClock(0);
  const zendesk = fakeZendesk({
    now: clock.now,
    names: { access: (n) => `access-${n}`, refresh: (n) => `refresh-${n}` },
  });
  // A sign-in's tokens are minted by the fake Zendesk (so that they refresh and call the API),
  // and the minting is not one of the requests the examples count.
  const mint = async () => {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: CLIENT.clientId,
      client_secret: CLIENT.clientSecret,
    });
    const response = await zendesk.fetch(TOKEN_ENDPOINT, { method: 'POST', body });
    zendesk.requests.pop();
    return response;
  };
  const signIns = fakeAuthorization(zendesk.fetch, mint, clock.now, [CLIENT.clientId]);
  return {
    fetch: signIns.fetch,
    authorize: signIns.authorize,
    now: clock.now,
    advance: clock.advance,
    get tokenRequests() {
      return zendesk.requests.length + signIns.exchanges.length;
    },
    async signIn() {
      const response = await mint();
      return parseTokenResponse(await response.json(), clock.now());
    },
    revoke: zendesk.revokeAll,
  };
}
