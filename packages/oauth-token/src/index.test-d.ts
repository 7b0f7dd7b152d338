// Type tests of the BUILT declarations (dist/index.d.ts), as users' TypeScript sees them.
import {
  type AuthorizationCodeExchangeOptions,
  type AuthorizationRequest,
  type AuthorizationRequestOptions,
  type CallOptions,
  type ClientCredentialsGrant,
  codeChallenge,
  createAuthorizationRequest,
  createTokenSource,
  defaultRefreshWindow,
  exchangeAuthorizationCode,
  type Grant,
  memoryTokenStore,
  type OAuthTokenError,
  type OAuthTokenErrorCode,
  parseTokenResponse,
  type RefreshTokenGrant,
  redactTokenSet,
  type TokenSet,
  type TokenSource,
  type TokenSourceEvent,
  type TokenSourceOptions,
  type TokenSourceState,
  type TokenStore,
  type ZendeskPreset,
  zendesk,
} from '@auth/oauth-token';
import { expectTypeOf, test } from 'vitest';

test('the error class carries its code union, status and oauthError', () => {
  expectTypeOf<OAuthTokenError>().toMatchTypeOf<Error>();
  expectTypeOf<OAuthTokenError['code']>().toEqualTypeOf<OAuthTokenErrorCode>();
  expectTypeOf<OAuthTokenError['name']>().toEqualTypeOf<'OAuthTokenError'>();
  expectTypeOf<OAuthTokenError['status']>().toEqualTypeOf<number | undefined>();
  expectTypeOf<OAuthTokenError['oauthError']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<
    'INVALID_GRANT' | 'REAUTH_REQUIRED' | 'CLOSED' | 'INVALID_OPTION'
  >().toMatchTypeOf<OAuthTokenErrorCode>();
  expectTypeOf<'EXPIRED'>().not.toMatchTypeOf<OAuthTokenErrorCode>();
});

test('createTokenSource takes its options and gives a TokenSource', () => {
  expectTypeOf(createTokenSource).parameter(0).toEqualTypeOf<TokenSourceOptions>();
  expectTypeOf(createTokenSource).returns.toEqualTypeOf<TokenSource>();
  expectTypeOf<{
    tokenEndpoint: string;
    grant: ClientCredentialsGrant;
  }>().toMatchTypeOf<TokenSourceOptions>();
  expectTypeOf<{
    tokenEndpoint: URL;
    grant: RefreshTokenGrant;
    tokens: TokenSet;
  }>().toMatchTypeOf<TokenSourceOptions>();
  expectTypeOf<{ grant: Grant }>().not.toMatchTypeOf<TokenSourceOptions>();
  expectTypeOf<{
    tokenEndpoint: string;
    grant: { type: 'password'; clientId: string };
  }>().not.toMatchTypeOf<TokenSourceOptions>();
  expectTypeOf<TokenSourceOptions['format']>().toEqualTypeOf<'form' | 'json' | undefined>();
  expectTypeOf<TokenSourceOptions['clientAuth']>().toEqualTypeOf<'body' | 'basic' | undefined>();
  expectTypeOf<TokenSourceOptions['refreshWindowMs']>().toEqualTypeOf<
    number | ((lifetimeMs: number) => number) | undefined
  >();
  // A preset spreads in.
  expectTypeOf<ZendeskPreset & { grant: Grant }>().toMatchTypeOf<TokenSourceOptions>();
  expectTypeOf(zendesk).returns.toEqualTypeOf<ZendeskPreset>();
});

test('a TokenSource: promises of strings and sets, a state union, async disposal', () => {
  expectTypeOf<TokenSource['token']>().toEqualTypeOf<(options?: CallOptions) => Promise<string>>();
  expectTypeOf<TokenSource['authorization']>().toEqualTypeOf<(options?: CallOptions) => Promise<string>>();
  expectTypeOf<TokenSource['refresh']>().toEqualTypeOf<(options?: CallOptions) => Promise<TokenSet>>();
  expectTypeOf<TokenSource['fetch']>().toEqualTypeOf<
    (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>
  >();
  expectTypeOf<TokenSource['invalidate']>().toEqualTypeOf<(accessToken: string) => boolean>();
  expectTypeOf<TokenSource['state']>().toEqualTypeOf<TokenSourceState>();
  expectTypeOf<TokenSourceState>().toEqualTypeOf<
    'empty' | 'valid' | 'refreshing' | 'reauth-required' | 'closed'
  >();
  expectTypeOf<TokenSource['expiresAt']>().toEqualTypeOf<number | null>();
  expectTypeOf<TokenSource>().toMatchTypeOf<AsyncDisposable>();
});

test('TokenSet, TokenStore and events', () => {
  expectTypeOf<TokenSet['tokenType']>().toEqualTypeOf<'bearer'>();
  expectTypeOf<TokenSet['expiresAt']>().toEqualTypeOf<number | null>();
  expectTypeOf<TokenSet['refreshTokenExpiresAt']>().toEqualTypeOf<number | null | undefined>();
  expectTypeOf(parseTokenResponse).toEqualTypeOf<(body: unknown, sentAt: number) => TokenSet>();
  expectTypeOf(redactTokenSet).returns.toEqualTypeOf<Record<string, unknown>>();
  expectTypeOf(memoryTokenStore).toEqualTypeOf<(initial?: TokenSet) => TokenStore>();
  expectTypeOf<TokenStore['save']>().toEqualTypeOf<
    (next: TokenSet, previous: TokenSet | undefined) => Promise<boolean>
  >();
  expectTypeOf(defaultRefreshWindow).toEqualTypeOf<(lifetimeMs: number) => number>();
  expectTypeOf<TokenSourceEvent['type']>().toEqualTypeOf<
    'refresh-start' | 'refresh-ok' | 'refresh-failed' | 'persist-failed' | 'adopted' | 'reauth-required'
  >();
  expectTypeOf<
    Extract<TokenSourceEvent, { type: 'refresh-failed' }>['code']
  >().toEqualTypeOf<OAuthTokenErrorCode>();
});

test('sign-in: the request, the exchange, the challenge', () => {
  expectTypeOf(createAuthorizationRequest).toEqualTypeOf<
    (options: AuthorizationRequestOptions) => Promise<AuthorizationRequest>
  >();
  expectTypeOf<AuthorizationRequest>().toEqualTypeOf<{ url: URL; state: string; codeVerifier: string }>();
  expectTypeOf(exchangeAuthorizationCode).toEqualTypeOf<
    (options: AuthorizationCodeExchangeOptions) => Promise<TokenSet>
  >();
  expectTypeOf(codeChallenge).toEqualTypeOf<(codeVerifier: string) => Promise<string>>();
  expectTypeOf<{
    authorizationEndpoint: string;
    clientId: string;
    redirectUri: URL;
  }>().toMatchTypeOf<AuthorizationRequestOptions>();
  expectTypeOf<{ clientId: string; redirectUri: string }>().not.toMatchTypeOf<AuthorizationRequestOptions>();
  // The preset spreads into both.
  expectTypeOf<
    ZendeskPreset & { clientId: string; redirectUri: string }
  >().toMatchTypeOf<AuthorizationRequestOptions>();
  expectTypeOf<
    ZendeskPreset & {
      clientId: string;
      redirectUri: string;
      callbackUrl: string;
      state: string;
      codeVerifier: string;
    }
  >().toMatchTypeOf<AuthorizationCodeExchangeOptions>();
  expectTypeOf<
    ZendeskPreset & { clientId: string; redirectUri: string; callbackUrl: string; state: string }
  >().not.toMatchTypeOf<AuthorizationCodeExchangeOptions>();
  expectTypeOf<
    'STATE_MISMATCH' | 'AUTHORIZATION_DENIED' | 'MISSING_CODE'
  >().toMatchTypeOf<OAuthTokenErrorCode>();
});
