import { fail } from './errors.ts';
import { BEARER_MAX_LENGTH } from './limits.ts';
import { PARAMETERS, wireName } from './parameters.ts';
import type { BearerChallenge } from './types.ts';
import { headerProblem } from './validate.ts';

/** The message of every error here; the code says what is wrong. */
const MESSAGE = 'WWW-Authenticate value must hold a Bearer challenge (RFC 9110 section 11.6.1)';

// The words of RFC 9110 section 11.6.1 (WWW-Authenticate = #challenge, challenge = auth-scheme
// [ 1*SP ( token68 / #auth-param ) ]), each a sticky pattern read where the parser stands. Each
// is a run of one class, or runs of disjoint classes: the parse is linear.

/** Section 5.6.1: what separates list elements: OWS and commas (empty elements are allowed). */
const SEPARATORS = /[ \t,]*/y;
/** Section 5.6.2: token = 1*tchar: an auth-scheme or an unquoted value. */
const TOKEN = /[\w!#$%&'*+.^`|~-]+/y;
/** Section 11.2: the start of an auth-param: its name (group 1), BWS "=" BWS. */
const PARAMETER = /([\w!#$%&'*+.^`|~-]+)[ \t]*=[ \t]*/y;
/** Section 5.6.4: quoted-string, obs-text included; group 1 is the content, quoted-pairs still escaped. */
const QUOTED = /"((?:[^"\\]|\\[\s\S])*)"/y;
/** 1*SP after a scheme (a tab is read as a space). */
const SPACES = /[ \t]+/y;
/** Section 11.2: a token68 standing alone after its scheme, up to OWS, then a comma or the end. */
const TOKEN68 = /[\w\-.~+/]+=*(?=[ \t]*(?:,|$))/y;
/** Where an element ends: OWS, then a comma or the end of the value. */
const ELEMENT_END = /[ \t]*(?:,|$)/y;

/**
 * A quoted-string's content as text: quoted-pairs unescaped; bytes that form UTF-8 decoded
 * (fetch() gives header values as characters U+0000-00FF, one a byte), else kept as received;
 * C1 controls (U+0080-009F) shown as U+FFFD, so that printing a description cannot send a
 * terminal escape.
 */
function text(quoted: string): string {
  let value = quoted.replace(/\\([\s\S])/g, '$1');
  if (!/[^\0-\xff]/.test(value)) {
    try {
      value = new TextDecoder('utf-8', { fatal: true }).decode(
        Uint8Array.from(value, (c) => c.charCodeAt(0)),
      );
    } catch {}
  }
  return value.replace(/[\x80-\x9f]/g, '\ufffd');
}

/**
 * The parameters of the first `Bearer` challenge of a `WWW-Authenticate` value, for a client
 * explaining a 401 or 403 to its user: RFC 6750's five by their keys, any other (such as RFC
 * 9728's `resource_metadata`) in `params`. Everything up to the end of the Bearer challenge must
 * follow RFC 9110 section 11.6.1, with the tolerances of real servers: other schemes first
 * (`Basic realm="x"`, `Negotiate abc==`), unquoted values, spaces around `=`, empty list
 * elements, any case in the scheme and names. What follows the Bearer challenge is not read:
 * of several Bearer challenges, the first is the one returned. Quoted values may hold non-ASCII
 * text (RFC 9110 obs-text): UTF-8 bytes are decoded. One pass, linear time.
 *
 * @throws {BearerError} `NO_BEARER_CHALLENGE` (also for a missing value); `MALFORMED_CHALLENGE`
 * (an unclosed quoted string, a missing comma, a parameter twice in the Bearer challenge...);
 * `NOT_A_STRING`, `TOO_LONG`, `CONTROL_CHARACTER` (C0 but HTAB, DEL), `WHITESPACE` (a CR or LF
 * at either end).
 *
 * @example
 * ```ts
 * parseBearerChallenge('Basic realm="api", Bearer realm="example", error="invalid_token", error_description="The access token expired"');
 * // => { realm: 'example', error: 'invalid_token', errorDescription: 'The access token expired' }
 * parseBearerChallenge('Bearer error="invalid_token", resource_metadata="https://api.example.com/.well-known/oauth-protected-resource"');
 * // => { error: 'invalid_token', params: { resource_metadata: 'https://api.example.com/.well-known/oauth-protected-resource' } }
 * ```
 */
export function parseBearerChallenge(value: string): BearerChallenge {
  const problem = headerProblem(value, BEARER_MAX_LENGTH, 'NO_BEARER_CHALLENGE');
  if (problem) fail(problem, MESSAGE);
  let at = 0;
  /** Reads `pattern` where the parser stands, and moves past what it matched. */
  const read = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const found = pattern.exec(value);
    if (found) at = pattern.lastIndex;
    return found;
  };
  const malformed = (): never => fail('MALFORMED_CHALLENGE', MESSAGE);
  let bearer: Map<string, string> | undefined; // the Bearer challenge's parameters, once it began
  let paramsMayFollow = false; // a space followed the scheme, and no token68
  /** Reads an auth-param, `name BWS "=" BWS ( token / quoted-string )`, if one stands here. */
  const parameter = (): boolean => {
    const name = read(PARAMETER)?.[1]?.toLowerCase();
    if (!name) return false;
    const content = read(TOKEN)?.[0] ?? text(read(QUOTED)?.[1] ?? malformed());
    if (!paramsMayFollow || bearer?.has(name)) malformed();
    bearer?.set(name, content);
    return true;
  };
  for (;;) {
    read(SEPARATORS);
    if (at === value.length) break;
    if (!parameter()) {
      // A new challenge: its scheme, then 1*SP and a token68 or its first parameter, or nothing.
      const scheme = (read(TOKEN) ?? malformed())[0].toLowerCase();
      if (bearer) break; // the Bearer challenge has ended
      if (scheme === 'bearer') bearer = new Map();
      paramsMayFollow = !!read(SPACES) && !read(TOKEN68);
      if (paramsMayFollow) parameter();
    }
    if (!read(ELEMENT_END)) malformed();
  }
  if (!bearer) return fail('NO_BEARER_CHALLENGE', MESSAGE);
  const out: BearerChallenge = {};
  for (const key of PARAMETERS) {
    const name = wireName(key);
    if (bearer.has(name)) (out as Record<string, unknown>)[key] = bearer.get(name);
    bearer.delete(name);
  }
  // Object.fromEntries defines each name as an own property, `__proto__` included.
  if (bearer.size) out.params = Object.fromEntries(bearer);
  return out;
}
