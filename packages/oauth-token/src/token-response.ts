import { fail, type OAuthTokenErrorCode } from './errors.ts';
import { tokenSetOf } from './parse.ts';
import { quotedDescription, sanitize } from './sanitize.ts';
import type { TokenSet } from './types.ts';

/** RFC 6749 5.2: the `error` values that get their own code (the value upper-cased); any other is `TOKEN_ENDPOINT_ERROR`. */
const OWN_CODES = ['invalid_grant', 'invalid_client', 'unauthorized_client', 'invalid_scope'];

/** What to do about an OAuth error, as its message says: keyed by code. */
const FIXES: Partial<Record<OAuthTokenErrorCode, string>> = {
  INVALID_GRANT: 'sign in again',
  INVALID_CLIENT: 'check the client id, secret and clientAuth',
  UNAUTHORIZED_CLIENT: "allow this grant in the OAuth client's settings",
  INVALID_SCOPE: 'ask only for scopes the client may have',
};

/** The body as JSON, or `undefined` when it is not JSON. */
function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The {@link TokenSet} of a token endpoint's answer, or the {@link OAuthTokenError} it means:
 * a 2xx with an RFC 6749 5.1 body is a set; an RFC 6749 5.2 error body (`error`, any status) an
 * OAuth code with `oauthError` and the sanitised `error_description` in the message; anything
 * else (a redirect, a 429, a 5xx, an HTML page) `HTTP_ERROR`. `secrets` (what was just sent) are
 * masked if the server echoes them. The body never becomes a `cause`: it may hold live tokens.
 */
export function tokenResponse(
  status: number,
  text: string,
  sentAt: number,
  secrets: readonly (string | undefined)[],
): TokenSet {
  const body = json(text) as { error?: unknown; error_description?: unknown } | undefined;
  if (status >= 200 && status < 300) {
    if (body === undefined)
      fail('INVALID_RESPONSE', `token endpoint answered ${status} without JSON`, { status });
    return tokenSetOf(body, sentAt, status);
  }
  if (typeof body?.error === 'string' && body.error) {
    const oauthError = sanitize(body.error, secrets);
    const code = OWN_CODES.includes(oauthError)
      ? (oauthError.toUpperCase() as OAuthTokenErrorCode)
      : 'TOKEN_ENDPOINT_ERROR';
    const said = quotedDescription(body.error_description, secrets);
    const fix = FIXES[code];
    return fail(code, `token endpoint answered ${status} ${oauthError}${said}${fix ? `; ${fix}` : ''}`, {
      status,
      oauthError,
    });
  }
  const fix =
    status === 0 || (status >= 300 && status < 400)
      ? 'it redirected: set tokenEndpoint to where it leads'
      : status === 429 || status >= 500
        ? 'try again later'
        : 'check tokenEndpoint';
  return fail('HTTP_ERROR', `token endpoint answered ${status} without an OAuth error; ${fix}`, { status });
}
