import { type BearerErrorCode, fail } from './errors.ts';
import { BEARER_MAX_LENGTH } from './limits.ts';
import { PARAMETERS, wireName } from './parameters.ts';
import type { BearerChallengeParams } from './types.ts';

/**
 * The grammar of each attribute's value (RFC 6750 section 3), and what it must be, in plain
 * words with the fix, for the message that refuses it. Each pattern is one anchored class, or
 * runs of one separated by single spaces: linear.
 */
const GRAMMAR: Record<keyof BearerChallengeParams, readonly [RegExp, string]> = {
  // RFC 7235 2.2: realm = quoted-string (RFC 9110 5.6.4); here printable ASCII only.
  realm: [/^[ -~]*$/, 'must be a string of printable ASCII; remove other characters'],
  // RFC 6750 3 (RFC 6749 3.3): scope = scope-token *( SP scope-token ); scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
  scope: [
    /^[!#-[\]-~]+(?: [!#-[\]-~]+)*$/,
    'must be scope-tokens (printable ASCII but space, " and \\) joined by single spaces; remove other characters',
  ],
  // RFC 6750 3.1: error = "invalid_request" / "invalid_token" / "insufficient_scope" (HTTP 400, 401, 403).
  error: [
    /^(?:invalid_request|invalid_token|insufficient_scope)$/,
    'must be invalid_request, invalid_token or insufficient_scope; pick one',
  ],
  // RFC 6750 3: error_description = *( %x20-21 / %x23-5B / %x5D-7E ).
  errorDescription: [
    /^[ !#-[\]-~]*$/,
    'must be a string of printable ASCII but " and \\; remove other characters',
  ],
  // RFC 6750 3: error_uri = URI-reference, within *( %x21 / %x23-5B / %x5D-7E ).
  errorUri: [
    /^[!#-[\]-~]*$/,
    'must be a string of printable ASCII but space, " and \\; percent-encode other characters',
  ],
};

/** RFC 9110 5.6.4: quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text ); `"` and `\` need one. */
const QUOTE_ME = /["\\]/g;

/** RFC 6750 3 (RFC 6749 3.3): scope-token = 1*( %x21 / %x23-5B / %x5D-7E ); one per array element. */
const SCOPE_TOKEN = /^[!#-[\]-~]+$/;

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
 * names the parameter and the fix. `TOO_LONG` when the result exceeds `BEARER_MAX_LENGTH`.
 *
 * @example
 * ```ts
 * bearerChallenge({ realm: 'example' }); // => 'Bearer realm="example"'
 * bearerChallenge({ realm: 'example', error: 'invalid_token', errorDescription: 'The access token expired' });
 * // => 'Bearer realm="example", error="invalid_token", error_description="The access token expired"'
 * ```
 */
export function bearerChallenge(params?: BearerChallengeParams): string {
  let out = 'Bearer';
  for (const key of PARAMETERS) {
    // `?.`: no parameters (or null from JavaScript) is the bare challenge, never a TypeError.
    let value = (params as Record<string, unknown> | undefined)?.[key];
    if (key === 'scope' && Array.isArray(value)) {
      // Each element one scope-token, so that a number, a symbol or "a b" never slips through a join.
      const i = value.findIndex((token) => typeof token !== 'string' || !SCOPE_TOKEN.test(token));
      if (i >= 0) {
        fail(
          'INVALID_SCOPE',
          `scope[${i}] must be one scope-token (printable ASCII but space, " and \\); pass one per element (RFC 6750 section 3)`,
        );
      }
      value = value.length ? value.join(' ') : undefined;
    }
    if (value === undefined) continue;
    const [grammar, rule] = GRAMMAR[key];
    const name = wireName(key);
    if (typeof value !== 'string' || !grammar.test(value)) {
      fail(`INVALID_${name.toUpperCase()}` as BearerErrorCode, `${key} ${rule} (RFC 6750 section 3)`);
    }
    out += `${out.length > 6 ? ',' : ''} ${name}="${value.replace(QUOTE_ME, '\\$&')}"`;
  }
  return out.length > BEARER_MAX_LENGTH
    ? fail(
        'TOO_LONG',
        `WWW-Authenticate value is ${out.length} characters, over the limit of ${BEARER_MAX_LENGTH}`,
      )
    : out;
}
