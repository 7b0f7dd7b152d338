import { isBearerToken } from '@auth/bearer';
import type { AuthorizationKind } from './types.ts';

// RFC 6750 2.1: credentials = "Bearer" 1*SP b64token, inside the OWS of a field value
// (RFC 9110 5.6.3: OWS = *( SP / HTAB )); the scheme is case-insensitive (RFC 9110 11.1).
// Only the framing is read here: the token is judged by @auth/bearer's `isBearerToken`.
// Linear: each quantifier is followed by a class it cannot match, and the token is required
// (1+), so SP before it and OWS after it never compete for the same characters.
const BEARER = /^[ \t]*bearer +([^ \t]+)[ \t]*$/i;

// RFC 7617 2: credentials = "Basic" 1*SP token68, read the way the most lenient servers read
// it, so that no spelling they accept escapes as 'other': the scheme in any case, after any
// whitespace, at the start or after a comma (repeated headers are joined with ", "), ended by
// anything but an RFC 9110 tchar (a tab, a comma, the end...). The credentials run to the next
// comma. Linear: a match starts only at the start or at a comma, and each part ends on a
// character the part before it cannot hold.
const BASIC = /(?:^|,)\s*basic(?![!#$%&'*+.^`|~\w-])([^,]*)/gi;

// The user-id of a Zendesk API token, `{email}/token`: any case, the slash percent-encoded or
// not (curl -u with a URL's userinfo), trailing whitespace that a lenient server trims.
const API_TOKEN_USER_ID = /(?:\/|%2f)token\s*$/i;

/**
 * The kind of Basic credentials: `'password'` only when they read as `user-id:password` whose
 * user-id is not `{email}/token`: whitespace anywhere dropped, standard base64 with or without
 * its padding (`atob`, RFC 4648 4). Anything else (base64url, stray characters, no colon, no
 * credentials at all) is `'api-token'`: unreadable here but perhaps not to a lenient server, so
 * kept with the kind Zendesk refuses cross-origin. ASCII `/`, `:` never occur inside a UTF-8
 * sequence, so the bytes need no decoding.
 */
function basicKind(credentials: string): 'api-token' | 'password' {
  let text: string;
  try {
    text = atob(credentials.replace(/\s/g, ''));
  } catch {
    return 'api-token';
  }
  const colon = text.indexOf(':');
  return colon < 0 || API_TOKEN_USER_ID.test(text.slice(0, colon)) ? 'api-token' : 'password';
}

/**
 * What an `Authorization` header value carries. `null`, `undefined` and `''` are `'none'`;
 * `Bearer` with a token `@auth/bearer` accepts is `'bearer'`; a value with the `Basic` scheme,
 * however spelled or damaged, is `'password'` when it reads as `user-id:password` and
 * `'api-token'` otherwise (see the README); anything else is `'other'`. It never throws.
 *
 * @example
 * ```ts
 * classifyAuthorization('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'bearer'
 * classifyAuthorization(`Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`); // => 'api-token'
 * classifyAuthorization(`Basic ${btoa('jdoe@example.com:hunter2')}`); // => 'password'
 * classifyAuthorization(`basic\t${btoa('jdoe@example.com/token:6wiI').replace(/=+$/, '')}`); // => 'api-token'
 * classifyAuthorization(null); // => 'none'
 * classifyAuthorization('Digest username="jdoe"'); // => 'other'
 * ```
 */
export function classifyAuthorization(value: string | null | undefined): AuthorizationKind {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value !== 'string') return 'other';
  // A valid Bearer value holds no comma, so no Basic part can hide in it.
  const bearer = BEARER.exec(value);
  if (bearer !== null && isBearerToken(bearer[1])) return 'bearer';
  let kind: AuthorizationKind = 'other';
  for (const [, credentials] of value.matchAll(BASIC)) {
    kind = basicKind(credentials as string);
    if (kind === 'api-token') break;
  }
  return kind;
}
