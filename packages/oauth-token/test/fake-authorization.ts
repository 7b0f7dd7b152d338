/// <reference types="node" />
// A fake authorization server for unit tests and the README: Zendesk's
// /oauth/authorizations/new (the user answers at once, Allow or Deny) and the
// authorization_code grant of its token endpoint, with the rules a client relies on: the
// redirect URI registered, S256 only, a code used once and within 120 seconds, its verifier
// checked. The S256 check uses node:crypto, not the package, so a wrong challenge cannot hide.
// Other token requests go to `next` (the fake Zendesk), and so do the tokens a code is
// exchanged for (`mint`), so that they refresh and call the API like any others.
import { createHash, randomBytes } from 'node:crypto';

export const AUTHORIZATION_ENDPOINT = 'https://acme.zendesk.com/oauth/authorizations/new';
export const PUBLIC_CLIENT = 'demo_public';
export const REDIRECT_URI = 'https://app.example/callback';
export const CODE_LIFETIME_MS = 120_000;

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** The parameters of a token request this fake reads. */
export type ExchangeParams = Partial<
  Record<'grant_type' | 'code' | 'redirect_uri' | 'code_verifier' | 'client_id' | 'client_secret', string>
>;

/** A token request with grant_type=authorization_code, as the fake saw it. */
export interface SentExchange {
  params: ExchangeParams;
  contentType: string | null;
  authorization: string | null;
}

export interface FakeAuthorization {
  /** The token endpoint's authorization_code grant; anything else goes to `next`. */
  fetch: Fetch;
  /** The user at the authorization URL: answers `allow` (the default) or `deny`; resolves to the callback URL. */
  authorize(url: URL | string, answer?: 'allow' | 'deny'): Promise<string>;
  /** Every authorization_code request, in order. */
  readonly exchanges: SentExchange[];
}

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');
const oauthError = (error: string, status = 400) =>
  Response.json({ error, error_description: `fake: ${error}` }, { status });

/**
 * @param next where every other request goes
 * @param mint a token answer for a code that passed every rule
 * @param now the clock shared with the client
 * @param clients the client ids registered with {@link REDIRECT_URI}
 */
export function fakeAuthorization(
  next: Fetch,
  mint: () => Promise<Response>,
  now: () => number,
  clients: readonly string[] = [PUBLIC_CLIENT],
): FakeAuthorization {
  const codes = new Map<string, { redirectUri: string; challenge: string; at: number; used: boolean }>();
  const exchanges: SentExchange[] = [];

  async function exchange(request: Request): Promise<Response> {
    const contentType = request.headers.get('content-type');
    const text = await request.text();
    const params: ExchangeParams =
      contentType === 'application/json' ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
    exchanges.push({ params, contentType, authorization: request.headers.get('authorization') });
    const grant = codes.get(params.code ?? '');
    if (!grant || grant.used || now() - grant.at > CODE_LIFETIME_MS) return oauthError('invalid_grant');
    grant.used = true;
    if (params.redirect_uri !== grant.redirectUri || s256(params.code_verifier ?? '') !== grant.challenge) {
      return oauthError('invalid_grant');
    }
    return mint();
  }

  return {
    exchanges,
    async fetch(input, init) {
      const request = new Request(input, init);
      if (request.method !== 'POST' || request.url !== 'https://acme.zendesk.com/oauth/tokens') {
        return next(request);
      }
      const copy = request.clone();
      const params = await copy.text();
      return params.includes('authorization_code') ? exchange(request) : next(request);
    },
    async authorize(url, answer = 'allow') {
      const query = new URL(url).searchParams;
      const redirectUri = query.get('redirect_uri') ?? '';
      if (!clients.includes(query.get('client_id') ?? '') || redirectUri !== REDIRECT_URI) {
        throw new Error('fake: unknown client or redirect URI: no redirect (RFC 6749 4.1.2.1)');
      }
      const back = new URL(redirectUri);
      back.searchParams.set('state', query.get('state') ?? '');
      if (query.get('code_challenge_method') !== 'S256' || answer === 'deny') {
        back.searchParams.set('error', answer === 'deny' ? 'access_denied' : 'invalid_request');
        return back.href;
      }
      const code = randomBytes(16).toString('hex');
      codes.set(code, { redirectUri, challenge: query.get('code_challenge') ?? '', at: now(), used: false });
      back.searchParams.set('code', code);
      return back.href;
    },
  };
}
