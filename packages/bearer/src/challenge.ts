import { type BearerErrorCode, fail } from './errors.ts';
import { BEARER_MAX_LENGTH } from './limits.ts';
import { PARAMETERS, wireName } from './parameters.ts';
import type { BearerChallengeParams } from './types.ts';

/**
 * The grammar of each attribute's value (RFC 6750 section 3). Each pattern is one anchored class,
 * or runs of one separated by single spaces: linear.
 */
const GRAMMAR: Record<keyof BearerChallengeParams, RegExp> = {
  // RFC 7235 2.2: realm = quoted-string (RFC 9110 5.6.4); here printable ASCII only.
  realm: /^[ -~]*$/,
  // RFC 6750 3 (RFC 6749 3.3): scope = scope-token *( SP scope-token ); scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
  scope: /^[!#-[\]-~]+(?: [!#-[\]-~]+)*$/,
  // RFC 6750 3.1: error = "invalid_request" / "invalid_token" / "insufficient_scope" (HTTP 400, 401, 403).
  error: /^(?:invalid_request|invalid_token|insufficient_scope)$/,
  // RFC 6750 3: error_description = *( %x20-21 / %x23-5B / %x5D-7E ).
  errorDescription: /^[ !#-[\]-~]*$/,
  // RFC 6750 3: error_uri = URI-reference, within *( %x21 / %x23-5B / %x5D-7E ).
  errorUri: /^[!#-[\]-~]*$/,
};

/**
 * A `WWW-Authenticate` value per RFC 6750 section 3: `Bearer`, then `realm`, `scope`, `error`,
 * `error_description` and `error_uri` as quoted strings, in that order, absent ones left out
 * (an empty `scope` array too). Send it with 401 (no token, or `invalid_token`), 400
 * (`invalid_request`) or 403 (`insufficient_scope`).
 *
 * @throws {BearerError} `INVALID_REALM` (not printable ASCII), `INVALID_SCOPE` (not scope-tokens
 * separated by single spaces, or an array element that is not a string holding one
 * scope-token), `INVALID_ERROR` (not one of the three codes), `INVALID_ERROR_DESCRIPTION`,
 * `INVALID_ERROR_URI`: a value outside the RFC's character sets, or not a string; the message
 * names the parameter and the fix. `UNKNOWN_PARAMETER` for a key that is none of the five.
 * `TOO_LONG` when the result exceeds `BEARER_MAX_LENGTH`.
 *
 * @example
 * ```ts
 * bearerChallenge({ realm: 'example' }); // => 'Bearer realm="example"'
 * bearerChallenge({ realm: 'example', error: 'invalid_token', errorDescription: 'The access token expired' });
 * // => 'Bearer realm="example", error="invalid_token", error_description="The access token expired"'
 * ```
 */
export function bearerChallenge(params?: BearerChallengeParams): string {
  // A misspelt key would leave its parameter out without a word (`{ reallm }` gave `Bearer`).
  for (const key in params) {
    if (!PARAMETERS.includes(key as keyof BearerChallengeParams))
      fail('UNKNOWN_PARAMETER', `${key} is not an RFC 6750 parameter; use ${PARAMETERS.join(', ')}`);
  }
  let out = 'Bearer';
  for (const key of PARAMETERS) {
    // `?.`: no parameters (or null from JavaScript) is the bare challenge, never a TypeError.
    let value = (params as Record<string, unknown> | undefined)?.[key];
    if (key === 'scope' && Array.isArray(value)) {
      // One scope-token per element, so that a number or "a b" never slips through a join.
      const tokens = value.every((token) => typeof token === 'string' && !token.includes(' '));
      value = !tokens ? null : value.length ? value.join(' ') : undefined; // null is refused below
    }
    if (value === undefined) continue;
    const name = wireName(key);
    if (typeof value !== 'string' || !GRAMMAR[key].test(value)) {
      fail(`INVALID_${name.toUpperCase()}` as BearerErrorCode, `${key} must follow RFC 6750 section 3`);
    }
    out += `${out.length > 6 ? ',' : ''} ${name}="${value.replace(/["\\]/g, '\\$&')}"`;
  }
  return out.length > BEARER_MAX_LENGTH
    ? fail('TOO_LONG', `WWW-Authenticate value is over ${BEARER_MAX_LENGTH} characters`)
    : out;
}
