/** RFC 7235 2.2: realm = quoted-string (RFC 9110 5.6.4); here printable ASCII only: no control character, no obs-text. */
const REALM = /^[ -~]*$/;
/** RFC 6750 3 (RFC 6749 3.3): scope = scope-token *( SP scope-token ); scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
const SCOPE = /^[!#-[\]-~]+(?: [!#-[\]-~]+)*$/;
/** RFC 6750 3.1: error = "invalid_request" / "invalid_token" / "insufficient_scope" (HTTP 400, 401, 403). */
const ERROR = /^(?:invalid_request|invalid_token|insufficient_scope)$/;
/** RFC 6750 3: error_description = *( %x20-21 / %x23-5B / %x5D-7E ). */
const DESCRIPTION = /^[ !#-[\]-~]*$/;
/** RFC 6750 3: error_uri = URI-reference, within *( %x21 / %x23-5B / %x5D-7E ). */
const URI = /^[!#-[\]-~]*$/;

/**
 * The attributes of RFC 6750 section 3, in the order a challenge lists them: the name on the
 * wire, the key in `BearerChallengeParams` / `BearerChallenge`, the grammar of the value, and
 * what the value must be, in plain words with the fix, for the message that refuses it.
 */
export const PARAMS: readonly (readonly [string, string, RegExp, string])[] = [
  ['realm', 'realm', REALM, 'must be a string of printable ASCII; remove other characters'],
  [
    'scope',
    'scope',
    SCOPE,
    'must be scope-tokens (printable ASCII but space, " and \\) joined by single spaces; remove other characters',
  ],
  ['error', 'error', ERROR, 'must be invalid_request, invalid_token or insufficient_scope; pick one'],
  [
    'error_description',
    'errorDescription',
    DESCRIPTION,
    'must be a string of printable ASCII but " and \\; remove other characters',
  ],
  [
    'error_uri',
    'errorUri',
    URI,
    'must be a string of printable ASCII but space, " and \\; percent-encode other characters',
  ],
];
