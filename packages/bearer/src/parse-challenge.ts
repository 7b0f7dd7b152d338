import type { BearerChallenge } from './challenge-types.ts';
import { check, fail, HEADER_RULES } from './check.ts';
import { PARAMS } from './params.ts';

/**
 * One element of a challenge list (RFC 9110 11.6.1: WWW-Authenticate = #challenge), after the
 * list separators (`,` and OWS, empty elements allowed, 5.6.1). Either
 * 1. an auth-param (11.2): token BWS "=" BWS ( token / quoted-string ), then a `,` or the end;
 *    groups 1 (name), 2 (token value), 3 (quoted-string content, quoted-pairs still escaped);
 * 2. an auth-scheme (group 4), then a token68 (ignored) and a `,` or the end; or a `,` or the
 *    end; or whitespace, before its first auth-param (or, tolerated, whatever else follows);
 * 3. the end of the value.
 * token = 1*tchar (5.6.2); token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=";
 * quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE (5.6.4), unrolled as
 * `[^"\\]*(?:\\.[^"\\]*)*` (`s` flag: `.` is any character), so that no two branches can match
 * the same text. Sticky, each branch a run of disjoint classes: linear time.
 */
const ELEMENT =
  /[ \t,]*(?:([\w!#$%&'*+.^`|~-]+)[ \t]*=[ \t]*(?:([\w!#$%&'*+.^`|~-]+)|"([^"\\]*(?:\\.[^"\\]*)*)")[ \t]*(?:,|$)|([\w!#$%&'*+.^`|~-]+)(?:[ \t]+[\w\-.~+/]+=*[ \t]*(?:,|$)|[ \t]*(?:,|$)|[ \t]+)|$)/sy;

/** RFC 9110 5.6.4: quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text ), unescaped. */
const QUOTED_PAIR = /\\(.)/gs;

const FIELD = 'WWW-Authenticate value';

/**
 * The parameters of the first `Bearer` challenge of a `WWW-Authenticate` value, for a client
 * explaining a 401 or 403 to its user. Tolerant of real-world values (RFC 9110 section 11.6.1):
 * several challenges, other schemes first (`Basic realm="x"`, `Negotiate abc==`), extra
 * parameters (ignored), any spacing, unquoted values, backslash escapes, case-insensitive
 * scheme and names. One pass, linear time.
 *
 * @throws {BearerError} `NO_BEARER_CHALLENGE`; `MALFORMED_CHALLENGE` (unclosed quoted string,
 * missing comma, a parameter twice in the Bearer challenge...); `NOT_A_STRING`, `TOO_LONG`,
 * `CONTROL_CHARACTER`, `WHITESPACE` (a CR or LF at either end).
 *
 * @example
 * ```ts
 * parseBearerChallenge('Basic realm="api", Bearer realm="example", error="invalid_token", error_description="The access token expired"');
 * // => { realm: 'example', error: 'invalid_token', errorDescription: 'The access token expired' }
 * ```
 */
export function parseBearerChallenge(value: string): BearerChallenge {
  check(value, FIELD, HEADER_RULES);
  const out: Record<string, string> = {};
  // 0: before any challenge, 1: in another scheme's challenge, 2: in the Bearer challenge.
  let state = 0;
  for (let at = 0; at < value.length; at = ELEMENT.lastIndex) {
    const malformed = (): never => fail('MALFORMED_CHALLENGE', `${FIELD} is malformed at index ${at}`);
    ELEMENT.lastIndex = at;
    const [, name, token, quoted, scheme] = ELEMENT.exec(value) ?? malformed();
    if (scheme) {
      // A new challenge: the one after Bearer ends the Bearer challenge.
      if (state > 1) break;
      state = scheme.toLowerCase() === 'bearer' ? 2 : 1;
    } else if (name) {
      const key = (state || malformed()) > 1 && PARAMS.find((param) => param[0] === name.toLowerCase())?.[1];
      if (key) out[key] = key in out ? malformed() : (token ?? (quoted as string).replace(QUOTED_PAIR, '$1'));
    }
  }
  return state > 1 ? out : fail('NO_BEARER_CHALLENGE', `${FIELD} has no Bearer challenge`);
}
