import type { OAuthTokenErrorCode } from './errors.ts';

/**
 * What a token endpoint granted, as this package holds it. Times are epoch milliseconds.
 * The sets this package makes show redacted tokens through `toJSON` and Node's `inspect`, so
 * that one logged by mistake leaks nothing; to persist one, copy its fields (`{ ...set }`).
 */
export interface TokenSet {
  /** The access token (RFC 6750 `b64token`). */
  readonly accessToken: string;
  /** Always `'bearer'` (compared case-insensitively, stored lower-case). */
  readonly tokenType: 'bearer';
  /** When the access token expires, counted from when its request was sent; `null`: no `expires_in`. */
  readonly expiresAt: number | null;
  /** When the token request was sent. */
  readonly issuedAt?: number;
  /** The refresh token, when the server gave one (kept from the previous set when it sent none). */
  readonly refreshToken?: string;
  /** When the refresh token expires (`refresh_token_expires_in`); `null` or absent: not said. */
  readonly refreshTokenExpiresAt?: number | null;
  /** The scope granted, space-separated. */
  readonly scope?: string;
}

/**
 * Where a source keeps its token set, possibly shared by many processes. `save` is a
 * compare-and-set: it writes `next` and resolves `true` only while the stored set is still
 * `previous` (`undefined`: nothing stored); else it writes nothing and resolves `false`,
 * because another process refreshed first. `lock`, when given, runs `fn` while holding a
 * lock that serialises refreshes across processes.
 */
export interface TokenStore {
  load(): Promise<TokenSet | undefined>;
  save(next: TokenSet, previous: TokenSet | undefined): Promise<boolean>;
  lock?<T>(fn: () => Promise<T>): Promise<T>;
}

/** An OAuth client's credentials for the `client_credentials` grant (RFC 6749 section 4.4). */
export interface ClientCredentialsGrant {
  type: 'client_credentials';
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes to ask for. */
  scope?: string;
}

/** Refresh tokens spent for new access tokens (RFC 6749 section 6); public clients have no secret. */
export interface RefreshTokenGrant {
  type: 'refresh_token';
  clientId: string;
  clientSecret?: string;
}

/** How the source gets new tokens. */
export type Grant = ClientCredentialsGrant | RefreshTokenGrant;

/** What {@link TokenSource.state} reports. */
export type TokenSourceState = 'empty' | 'valid' | 'refreshing' | 'reauth-required' | 'closed';

/**
 * What `onEvent` receives, for metrics. Never a token nor a secret.
 * `refresh-start`: a token request is about to be sent; `refresh-ok`: its set is saved and
 * held; `refresh-failed`: it failed; `persist-failed`: a save failed (the set is kept in
 * memory); `adopted`: a newer set another process saved was taken instead of refreshing;
 * `reauth-required`: `invalid_grant` with nothing newer in the store.
 */
export type TokenSourceEvent =
  | { type: 'refresh-start'; grant: Grant['type']; forced: boolean }
  | { type: 'refresh-ok'; expiresAt: number | null; rotated: boolean; ms: number }
  | { type: 'refresh-failed'; code: OAuthTokenErrorCode; status?: number; ms: number }
  | { type: 'persist-failed'; code: OAuthTokenErrorCode }
  | { type: 'adopted'; expiresAt: number | null }
  | { type: 'reauth-required' };

/** The options of `createTokenSource`. Only `tokenEndpoint` and `grant` are required. */
export interface TokenSourceOptions {
  /** The token endpoint, `https:` only. */
  tokenEndpoint: string | URL;
  grant: Grant;
  /** An initial set (e.g. from an authorization-code exchange); it seeds an empty store. */
  tokens?: TokenSet;
  /** Where the set lives, shared by processes. Default: the source's own memory. */
  store?: TokenStore;
  /** The token request's body: `'form'` (RFC 6749, the default) or `'json'` (what Zendesk documents). */
  format?: 'form' | 'json';
  /** Client authentication: `'body'` (the default, Zendesk's) or `'basic'` (RFC 6749 section 2.3.1). */
  clientAuth?: 'body' | 'basic';
  /**
   * How long before `expiresAt` to refresh, in ms, or a function of the token's lifetime in
   * ms. Default: a tenth of the lifetime, at least 15 s and at most 5 minutes.
   */
  refreshWindowMs?: number | ((lifetimeMs: number) => number);
  /** Per token request, in ms. Default 10,000. */
  timeoutMs?: number;
  /** Used for token requests and by `source.fetch`. Default: the global `fetch`. */
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Observability: called synchronously; what it throws is ignored. */
  onEvent?: (event: TokenSourceEvent) => void;
  /** Accepted so that a preset (`zendesk(...)`) spreads in; `createAuthorizationRequest` uses it, the source does not. */
  authorizationEndpoint?: string | URL;
}

/** What a caller may pass to `token`, `authorization` and `refresh`. */
export interface CallOptions {
  /** Detaches this caller (`ABORTED`); a shared refresh runs on for the others. */
  signal?: AbortSignal;
}

/**
 * `[Symbol.asyncDispose]()` (what `await using` calls) where the project's TypeScript `lib`
 * declares `Symbol.asyncDispose` (`esnext.disposable`), and nothing where it does not, so that a
 * project on an ES2022 `lib` still type-checks this package. (Declaring the symbol globally, as
 * @types/node does, would serve both, but JSR refuses global augmentations.)
 */
export type AsyncDisposal = SymbolConstructor extends { readonly asyncDispose: infer K extends symbol }
  ? { [P in K]: () => Promise<void> }
  : unknown;

/** A valid access token for every caller, refreshed once for all of them. See `createTokenSource`. */
export type TokenSource = TokenSourceMethods & AsyncDisposal;

/** The members of every {@link TokenSource}. */
export interface TokenSourceMethods {
  /** A valid access token, refreshed first when none is held or it is inside the refresh window. */
  token(options?: CallOptions): Promise<string>;
  /** `'Bearer ' + token`. */
  authorization(options?: CallOptions): Promise<string>;
  /** `fetch` with the `Authorization`; on a 401, one refresh and one retry when the body can be replayed. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Marks `accessToken` stale if it is still the current one; `true` when it was. */
  invalidate(accessToken: string): boolean;
  /** Forces a refresh (joined with one in flight); adopts a newer stored set instead of spending. */
  refresh(options?: CallOptions): Promise<TokenSet>;
  readonly state: TokenSourceState;
  /** When the held access token expires (epoch ms), or `null`. */
  readonly expiresAt: number | null;
  /** Waits for an in-flight refresh and its save; then every call fails with `CLOSED`. */
  close(): Promise<void>;
}
