import { fail } from './errors.ts';
import { BEARER_MAX_LENGTH } from './limits.ts';
import { PARAMETERS, wireName } from './parameters.ts';
import type { BearerChallenge } from './types.ts';
import {
  CONTROL_IN_FIELD,
  checkString,
  type Field,
  NEWLINE_AT_AN_END,
  refuseControl,
  refuseWhitespace,
} from './validate.ts';

const CHALLENGES: Field = [
  'WWW-Authenticate value',
  'the header\'s value, such as Bearer realm="api"',
  'NO_BEARER_CHALLENGE',
];

// The words of RFC 9110 section 11.6.1 (WWW-Authenticate = #challenge, challenge = auth-scheme
// [ 1*SP ( token68 / #auth-param ) ]), each a sticky pattern read where the parser stands. Each
// is a run of one class, or runs of disjoint classes, so none backtracks over more than its own
// run: the parse is linear.

/** Section 5.6.1: what separates list elements: OWS and commas (empty elements are allowed). */
const SEPARATORS = /[ \t,]*/y;
/** Section 5.6.2: token = 1*tchar: an auth-scheme, a parameter's name, an unquoted value. */
const TOKEN = /[\w!#$%&'*+.^`|~-]+/y;
/** Section 11.2: BWS "=" BWS, between a parameter's name and its value. */
const EQUALS = /[ \t]*=[ \t]*/y;
/**
 * Section 5.6.4: quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE, where qdtext and
 * quoted-pair take obs-text (%x80-FF): group 1 is the content, quoted-pairs still escaped.
 */
const QUOTED = /"((?:[^"\\]|\\[\s\S])*)"/y;
/** 1*SP after a scheme (a tab is read as a space). */
const SPACES = /[ \t]+/y;
/** Section 11.2: a token68 standing alone after its scheme, up to OWS, then a comma or the end. */
const TOKEN68 = /[\w\-.~+/]+=*(?=[ \t]*(?:,|$))/y;
/** Where an element ends: OWS, then a comma or the end of the value. */
const ELEMENT_END = /[ \t]*(?:,|$)/y;

/** Bytes that may be UTF-8: fetch() gives header values as characters U+0000-00FF, one a byte. */
const HIGH_BYTE = /[\x80-\xff]/;
const NOT_A_BYTE = /[^\0-\xff]/;
const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

/**
 * A quoted-string's content as text: quoted-pairs unescaped; bytes that form UTF-8 decoded
 * from it (else kept as received, one character a byte); C1 controls (U+0080-009F) left in
 * either way shown as U+FFFD, so that printing a description cannot send a terminal escape.
 */
function text(quoted: string): string {
  let value = quoted.replace(/\\([\s\S])/g, '$1');
  if (HIGH_BYTE.test(value) && !NOT_A_BYTE.test(value)) {
    try {
      value = decoder.decode(Uint8Array.from(value, (c) => c.charCodeAt(0)));
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
  const [field] = CHALLENGES;
  checkString(value, CHALLENGES, BEARER_MAX_LENGTH);
  refuseWhitespace(value, field, NEWLINE_AT_AN_END);
  refuseControl(value, field, CONTROL_IN_FIELD);
  let at = 0;
  let start = 0;
  /** Reads `pattern` where the parser stands, and moves past what it matched. */
  const read = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const found = pattern.exec(value);
    if (found) at = pattern.lastIndex;
    return found;
  };
  const malformed = (): never =>
    fail('MALFORMED_CHALLENGE', `${field} is malformed at index ${start} (RFC 9110 section 11.6.1)`);
  let bearer: Map<string, string> | undefined; // the Bearer challenge's parameters, once it began
  let paramsMayFollow = false; // in a challenge whose scheme a space followed, before any token68
  let paramMustFollow = false; // right after "scheme ": no new challenge without a comma first
  for (;;) {
    if (read(SEPARATORS)?.[0].includes(',')) paramMustFollow = false;
    if (at === value.length) break;
    start = at;
    const name = (read(TOKEN) ?? malformed())[0].toLowerCase();
    if (read(EQUALS)) {
      // An auth-param (section 11.2) of the challenge being read.
      const token = read(TOKEN)?.[0];
      const content = token ?? text((read(QUOTED) ?? malformed())[1] as string);
      if (!paramsMayFollow || bearer?.has(name)) malformed();
      bearer?.set(name, content);
    } else {
      // A new challenge: its scheme, then 1*SP and a token68 or its parameters, or nothing.
      if (paramMustFollow) malformed();
      if (bearer) break; // the Bearer challenge has ended
      if (name === 'bearer') bearer = new Map();
      paramsMayFollow = !!read(SPACES) && !read(TOKEN68);
      paramMustFollow = paramsMayFollow;
      if (paramsMayFollow) continue; // its first parameter follows, with no comma before it
    }
    paramMustFollow = false;
    if (!read(ELEMENT_END)) malformed();
  }
  if (!bearer) return fail('NO_BEARER_CHALLENGE', `${field} has no Bearer challenge`);
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
