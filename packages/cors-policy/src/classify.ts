import { BasicTokenError, parseBasicToken } from '@auth/basic-token';
import { isBearerToken } from '@auth/bearer';
import type { AuthorizationKind } from './types.ts';

// RFC 6750 2.1: credentials = "Bearer" 1*SP b64token, inside the OWS of a field value
// (RFC 9110 5.6.3: OWS = *( SP / HTAB )); the scheme is case-insensitive (RFC 9110 11.1).
// Only the framing is read here: the token is judged by @auth/bearer's `isBearerToken`.
// Linear: each quantifier is followed by a class it cannot match, and the token is required
// (1+), so SP before it and OWS after it never compete for the same characters. (With the
// token optional, ` +` and `[ \t]*` shared the run of spaces: quadratic, seconds on 64 KB.)
const BEARER = /^[ \t]*bearer +([^ \t]+)[ \t]*$/i;

// RFC 7617 2: credentials = "Basic" 1*SP token68. The scheme word only, to skip the Basic
// parser (and the cost of an error) for every other scheme. Linear: OWS, then a literal.
const BASIC = /^[ \t]*basic(?![^ \t])/i;

/**
 * What an `Authorization` header value carries. `null`, `undefined` and `''` are `'none'`;
 * `Bearer` with a token `@auth/bearer` accepts is `'bearer'`; a `Basic` value that
 * `@auth/basic-token` accepts is `'api-token'` or `'password'`; anything else, malformed
 * credentials included, is `'other'`. It never throws. The scheme word is looked at first,
 * so each value is parsed once, by the one sibling its scheme calls for.
 *
 * @example
 * ```ts
 * classifyAuthorization('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'bearer'
 * classifyAuthorization(`Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`); // => 'api-token'
 * classifyAuthorization(`Basic ${btoa('jdoe@example.com:hunter2')}`); // => 'password'
 * classifyAuthorization(null); // => 'none'
 * classifyAuthorization('Digest username="jdoe"'); // => 'other'
 * ```
 */
export function classifyAuthorization(value: string | null | undefined): AuthorizationKind {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value !== 'string') return 'other';
  const bearer = BEARER.exec(value);
  if (bearer !== null) return isBearerToken(bearer[1]) ? 'bearer' : 'other';
  if (BASIC.test(value)) {
    try {
      return parseBasicToken(value).kind;
    } catch (error) {
      if (!(error instanceof BasicTokenError)) throw error;
    }
  }
  return 'other';
}
