// Property tests (fast-check, fixed seeds): any interleaving of concurrent callers, expiries,
// invalidations and 401s, with every token answer, store save and API answer arriving in an
// order fast-check's scheduler picks, keeps the source's promises:
// - at most one token request in the air at any time (one per generation), and no more token
//   requests than there were reasons to refresh;
// - the refresh token is never spent twice (Zendesk deletes it: a second use is invalid_grant);
// - no caller ever gets a token whose save has not resolved;
// - no caller gets a token older than one already handed out before its call began.
// And any callback URL is exchanged only when it passes every rule, else refused unsent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API, fakeClock, fakeZendesk, TOKEN_ENDPOINT } from '../test/fake-zendesk.ts';
import { REFRESH_TOKEN } from '../test/setup.ts';
import {
  createAuthorizationRequest,
  createTokenSource,
  exchangeAuthorizationCode,
  memoryTokenStore,
  OAuthTokenError,
  parseTokenResponse,
  type TokenSet,
} from './index.ts';

const MINUTE = 60_000;
const SEED = 6749;

type Action = 'token' | 'authorization' | 'fetch' | 'refresh' | 'window' | 'expire' | 'invalidate';
const ACTIONS: Action[] = ['token', 'authorization', 'fetch', 'refresh', 'window', 'expire', 'invalidate'];

/** The issue number of a fake token (`at-7-...`: 7); what is handed out must never go backwards. */
const issueOf = (token: string) => Number(/^at-(\d+)-/.exec(token)?.[1] ?? Number.NaN);

describe('any interleaving', () => {
  it('keeps one token request per generation, spends a refresh token once, hands out only saved tokens, never goes back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: 24 }),
        async (s, actions) => {
          const clock = fakeClock();
          const zendesk = fakeZendesk({ now: clock.now });
          const start = await zendesk.fetch(TOKEN_ENDPOINT, {
            method: 'POST',
            body: new URLSearchParams({ grant_type: 'client_credentials', ...clientBody }),
          });
          zendesk.requests.length = 0;
          const tokens = parseTokenResponse(await start.json(), clock.now());

          // Every answer of the token endpoint and the API, and every save, arrives when the scheduler says.
          let inAir = 0;
          let mostInAir = 0;
          const fetch = s.scheduleFunction(async function endpoint(
            input: RequestInfo | URL,
            init?: RequestInit,
          ) {
            const request = new Request(input, init);
            const isToken = request.url === TOKEN_ENDPOINT;
            if (isToken) mostInAir = Math.max(mostInAir, ++inAir);
            try {
              return await zendesk.fetch(request);
            } finally {
              if (isToken) inAir--;
            }
          });
          const saved = new Set<string>([tokens.accessToken]);
          const inner = memoryTokenStore(tokens);
          const save = s.scheduleFunction(async function save(
            next: TokenSet,
            previous: TokenSet | undefined,
          ) {
            return inner.save(next, previous);
          });
          const store = {
            load: inner.load,
            ...(inner.lock && { lock: inner.lock }),
            async save(next: TokenSet, previous: TokenSet | undefined) {
              const done = await save(next, previous);
              if (done) saved.add(next.accessToken);
              return done;
            },
          };
          const source = createTokenSource({
            tokenEndpoint: TOKEN_ENDPOINT,
            grant: REFRESH_TOKEN,
            fetch,
            now: clock.now,
            store,
          });

          let newestOut = 0; // the newest token handed out so far
          let reasons = 1; // why a token request may be sent: a first one, then each expiry or 401
          const received = (token: string, newestAtCall: number) => {
            expect(saved.has(token), `handed out ${token} before its save resolved`).toBe(true);
            expect(issueOf(token)).toBeGreaterThanOrEqual(newestAtCall);
            newestOut = Math.max(newestOut, issueOf(token));
          };
          const run = async (action: Action, call: number) => {
            const newestAtCall = newestOut;
            if (action === 'window') {
              clock.advance(28 * MINUTE);
              reasons++;
            } else if (action === 'expire') {
              clock.advance(31 * MINUTE);
              reasons++;
            } else if (action === 'invalidate') {
              if (source.invalidate(`at-${newestOut}-gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo`)) reasons++;
            } else if (action === 'token') {
              received(await source.token(), newestAtCall);
            } else if (action === 'authorization') {
              received((await source.authorization()).slice(7), newestAtCall);
            } else if (action === 'refresh') {
              reasons++;
              received((await source.refresh()).accessToken, newestAtCall);
            } else {
              reasons += 2; // a 401 (a token another refresh deleted) invalidates, then refreshes
              const url = `${API}?call=${call}`;
              const response = await source.fetch(url);
              // A 401 comes back only from the one retry: a refresh between the retry's token and
              // its arrival (another caller's expiry or refresh) deletes that token too.
              const sends = zendesk.apiUrls.filter((sent) => sent === url).length;
              expect([response.status, sends]).toEqual(response.status === 200 ? [200, sends] : [401, 2]);
            }
          };
          const calls = actions.map((action, call) =>
            s.schedule(Promise.resolve(action)).then(() => run(action, call)),
          );
          const outcomes = await s.waitFor(Promise.allSettled(calls));
          for (const outcome of outcomes) {
            if (outcome.status === 'rejected') throw outcome.reason;
          }
          await source.close();

          expect(mostInAir).toBeLessThanOrEqual(1);
          expect(zendesk.requests.length).toBeLessThanOrEqual(reasons);
          const spent = zendesk.requests.map((sent) => sent.params.refresh_token);
          expect(new Set(spent).size).toBe(spent.length);
          expect(source.state).toBe('closed');
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  }, 60_000);

  it('gives N concurrent callers at expiry one token request, whatever the order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 60 }), async (s, callers) => {
        const clock = fakeClock();
        const zendesk = fakeZendesk({ now: clock.now });
        const fetch = s.scheduleFunction(async function endpoint(
          input: RequestInfo | URL,
          init?: RequestInit,
        ) {
          return zendesk.fetch(input, init);
        });
        const { load, save } = memoryTokenStore(); // no lock: the single flight alone must hold
        const source = createTokenSource({
          tokenEndpoint: TOKEN_ENDPOINT,
          grant: { type: 'client_credentials', ...clientId },
          fetch,
          now: clock.now,
          store: { load, save },
        });
        const calls = Array.from({ length: callers }, (_, i) =>
          s.schedule(Promise.resolve(i)).then(() => source.token()),
        );
        const tokens = await s.waitFor(Promise.all(calls));
        expect(new Set(tokens).size).toBe(1);
        expect(zendesk.requests).toHaveLength(1);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

const clientId = { clientId: 'demo_app', clientSecret: 'demo-app-secret-0b2f9c4e7a1d' };
const clientBody = { client_id: clientId.clientId, client_secret: clientId.clientSecret };

describe('any callback URL', () => {
  it('is exchanged only with one code, the sign-in’s own state and no error; else refused by its own code, unsent', async () => {
    const request = await createAuthorizationRequest({
      authorizationEndpoint: 'https://acme.zendesk.com/oauth/authorizations/new',
      clientId: 'demo_public',
      redirectUri: 'https://app.example/callback',
    });
    const CALLBACK_CODES = ['DUPLICATE_PARAMETER', 'INVALID_STATE', 'STATE_MISMATCH', 'AUTHORIZATION_DENIED'];
    const value = fc.oneof(
      fc.constant(request.state),
      fc.stringMatching(/^[\w-]{43}$/),
      fc.string({ maxLength: 50 }),
      fc.constantFrom('access_denied', 'invalid_scope', ''),
    );
    const pair = fc.tuple(fc.constantFrom('code', 'state', 'error', 'error_description', 'iss'), value);
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { maxLength: 6 }), async (pairs) => {
        const query = new URLSearchParams(pairs);
        let sent = 0;
        const outcome = await exchangeAuthorizationCode({
          tokenEndpoint: TOKEN_ENDPOINT,
          clientId: 'demo_public',
          redirectUri: 'https://app.example/callback',
          callbackUrl: `https://app.example/callback?${query}`,
          state: request.state,
          codeVerifier: request.codeVerifier,
          fetch: async () => {
            sent++;
            return Response.json({ access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', token_type: 'bearer' });
          },
        }).then(
          () => 'exchanged',
          (error: unknown) => error,
        );
        const one = (name: string) => query.getAll(name).length === 1;
        const acceptable =
          one('code') &&
          query.get('code') !== '' &&
          one('state') &&
          query.get('state') === request.state &&
          (query.getAll('error').length === 0 || (one('error') && query.get('error') === ''));
        if (outcome === 'exchanged') return acceptable && sent === 1;
        const error = outcome as OAuthTokenError;
        const text = `${error.message} ${JSON.stringify(error)}`;
        return (
          !acceptable &&
          sent === 0 &&
          error instanceof OAuthTokenError &&
          (CALLBACK_CODES.includes(error.code) ||
            ['AUTHORIZATION_ERROR', 'MISSING_CODE'].includes(error.code)) &&
          !text.includes(request.codeVerifier)
        );
      }),
      { seed: 7636, numRuns: 300 },
    );
  });
});
