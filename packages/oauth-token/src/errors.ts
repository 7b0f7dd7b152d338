/**
 * The stable codes an {@link OAuthTokenError} carries. The package README explains each one.
 *
 * The token endpoint answered with an OAuth error (RFC 6749 section 5.2), `oauthError` set:
 * - `INVALID_GRANT`: the refresh token is spent, expired or revoked (Zendesk deletes it at
 *   every refresh); the source is then `'reauth-required'`.
 * - `INVALID_CLIENT`: the client id or secret is wrong, or the client may not authenticate so.
 * - `UNAUTHORIZED_CLIENT`: this client may not use this grant type.
 * - `INVALID_SCOPE`: the scope asked for is unknown or more than the grant allows.
 * - `TOKEN_ENDPOINT_ERROR`: any other OAuth `error` (`invalid_request`, `unsupported_grant_type`...).
 *
 * The exchange failed otherwise:
 * - `HTTP_ERROR`: an answer that is no OAuth error: a redirect, a 429, a 5xx, an HTML page.
 * - `INVALID_RESPONSE`: a success answer that is not an RFC 6749 section 5.1 token response.
 * - `CONNECTION_FAILED`: `fetch` rejected before any connection was made, so nothing was sent
 *   (a refused connection, DNS, a certificate refused), as Node, Deno and Bun tell it.
 * - `NETWORK_ERROR`: `fetch` rejected otherwise: the request may have gone out (a reset, a
 *   connection closed), or the runtime does not say (browsers, workerd: "Failed to fetch").
 * - `TIMEOUT`: no complete answer within `timeoutMs`.
 * - `ABORTED`: the caller's `signal` fired; a shared refresh runs on for the others.
 *
 * The source's lifecycle:
 * - `NO_REFRESH_TOKEN`: a `refresh_token` grant without a refresh token to spend.
 * - `PERSIST_FAILED`: new tokens came, but the store's `save` failed (they are kept in memory).
 * - `STORE_ERROR`: the store's `load`, `save` or `lock` failed, or loaded something that is no
 *   token set.
 * - `LOCK_TIMEOUT`: the store's lock was not won in time (thrown by stores that wait).
 * - `REAUTH_REQUIRED`: an earlier refresh got `invalid_grant` with nothing newer in the store:
 *   no token request is sent until a person signs in again.
 * - `CLOSED`: the source was closed.
 * - `INVALID_OPTION`: the calling code is wrong (a missing option, a wrong type): fix the code.
 *
 * The URL a user came back to from a sign-in (`exchangeAuthorizationCode`), before any request:
 * - `STATE_MISMATCH`: its `state` is not the sign-in's (forged, or from another sign-in).
 * - `INVALID_STATE`: its `state` is missing or not of this package's shape.
 * - `DUPLICATE_PARAMETER`: it has `code`, `state` or `error` twice.
 * - `AUTHORIZATION_DENIED`: the user said no (`access_denied`), `oauthError` set.
 * - `AUTHORIZATION_ERROR`: any other OAuth `error` there, `oauthError` set.
 * - `MISSING_CODE`: it has neither a `code` nor an `error`.
 */
export type OAuthTokenErrorCode =
  | 'INVALID_GRANT'
  | 'INVALID_CLIENT'
  | 'UNAUTHORIZED_CLIENT'
  | 'INVALID_SCOPE'
  | 'TOKEN_ENDPOINT_ERROR'
  | 'HTTP_ERROR'
  | 'INVALID_RESPONSE'
  | 'CONNECTION_FAILED'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'NO_REFRESH_TOKEN'
  | 'PERSIST_FAILED'
  | 'STORE_ERROR'
  | 'LOCK_TIMEOUT'
  | 'REAUTH_REQUIRED'
  | 'CLOSED'
  | 'INVALID_OPTION'
  | 'STATE_MISMATCH'
  | 'INVALID_STATE'
  | 'DUPLICATE_PARAMETER'
  | 'AUTHORIZATION_DENIED'
  | 'AUTHORIZATION_ERROR'
  | 'MISSING_CODE';

/** What an {@link OAuthTokenError} may carry besides its code and message. */
export interface OAuthTokenErrorOptions extends ErrorOptions {
  /** The HTTP status of the token endpoint's answer, when there was one. */
  status?: number | undefined;
  /** The `error` of an OAuth error answer (RFC 6749 section 5.2), sanitised. */
  oauthError?: string | undefined;
}

/**
 * The only error `@auth/oauth-token` throws. Its message names what failed and the fix,
 * prefixed with the package name; it never contains a token or a client secret, and its
 * `cause` never holds a token response or a token set.
 *
 * @example
 * ```ts
 * const error = new OAuthTokenError('INVALID_GRANT', 'the refresh token is spent', { status: 400, oauthError: 'invalid_grant' });
 * error.message; // => '[@auth/oauth-token] the refresh token is spent'
 * [error.code, error.status, error.oauthError]; // => ['INVALID_GRANT', 400, 'invalid_grant']
 * ```
 */
export class OAuthTokenError extends Error {
  override readonly name = 'OAuthTokenError';
  /** Stable, machine-readable reason: branch on this, not on the message. */
  readonly code: OAuthTokenErrorCode;
  // `declare`: no own property unless set, so `Object.keys` and JSON show only what there was.
  /** The HTTP status of the token endpoint's answer, when there was one. */
  declare readonly status?: number;
  /** The `error` field of an OAuth error answer (`'invalid_grant'`...), when there was one. */
  declare readonly oauthError?: string;

  constructor(code: OAuthTokenErrorCode, message: string, options: OAuthTokenErrorOptions = {}) {
    super(
      `[@auth/oauth-token] ${message}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    if (options.status !== undefined) (this as { status?: number }).status = options.status;
    if (options.oauthError !== undefined) (this as { oauthError?: string }).oauthError = options.oauthError;
  }
}

/** Throws an {@link OAuthTokenError}; an expression, so that `value ?? fail(...)` reads as a rule. */
export function fail(code: OAuthTokenErrorCode, message: string, options?: OAuthTokenErrorOptions): never {
  throw new OAuthTokenError(code, message, options);
}
