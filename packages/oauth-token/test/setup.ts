// Builds a token source on the fake Zendesk, with a fake clock and the events it emits.
import { createTokenSource, parseTokenResponse } from '../src/index.ts';
import type { TokenSet, TokenSource, TokenSourceEvent, TokenSourceOptions } from '../src/types.ts';
import { CLIENT, type FakeZendesk, fakeClock, fakeZendesk, TOKEN_ENDPOINT } from './fake-zendesk.ts';

export interface Setup {
  source: TokenSource;
  zendesk: FakeZendesk;
  clock: ReturnType<typeof fakeClock>;
  events: TokenSourceEvent[];
  /** A token set from a sign-in (as an authorization-code exchange gives): tokens the fake knows. */
  signIn(): Promise<TokenSet>;
  /** Another source on the same fake, clock and (unless told) options. */
  another(overrides?: Partial<TokenSourceOptions>): TokenSource;
}

import type { ClientCredentialsGrant, RefreshTokenGrant } from '../src/types.ts';

export const CLIENT_CREDENTIALS: ClientCredentialsGrant = { type: 'client_credentials', ...CLIENT };
export const REFRESH_TOKEN: RefreshTokenGrant = { type: 'refresh_token', ...CLIENT };

export function setup(overrides: Partial<TokenSourceOptions> = {}, ttl = 1800): Setup {
  const clock = fakeClock();
  const zendesk = fakeZendesk({ now: clock.now, ttl });
  const events: TokenSourceEvent[] = [];
  const options = (more: Partial<TokenSourceOptions>): TokenSourceOptions => ({
    tokenEndpoint: TOKEN_ENDPOINT,
    grant: CLIENT_CREDENTIALS,
    fetch: zendesk.fetch,
    now: clock.now,
    onEvent: (event) => events.push(event),
    ...overrides,
    ...more,
  });
  return {
    source: createTokenSource(options({})),
    zendesk,
    clock,
    events,
    async signIn() {
      const sentAt = clock.now();
      const response = await zendesk.fetch(TOKEN_ENDPOINT, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: CLIENT.clientId,
          client_secret: CLIENT.clientSecret,
        }),
      });
      zendesk.requests.pop(); // the sign-in is not one of the source's requests
      return parseTokenResponse(await response.json(), sentAt);
    },
    another: (more = {}) => createTokenSource(options(more)),
  };
}

/** The token requests' grant types, in order. */
export const grants = (zendesk: FakeZendesk): string[] =>
  zendesk.requests.map((sent) => sent.params.grant_type ?? '');
