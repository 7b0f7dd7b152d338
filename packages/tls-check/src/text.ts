import { fail, type TlsCheckErrorCode } from './errors.ts';

// The house phrasings (root README, "Contributing: the house rules"): the same condition reads
// the same in every package. Each message names the field and the fix; never the value itself,
// which may be a URL carrying credentials.

// What each whitespace character at the edge of a text is called in a message.
const WHITESPACE_NAMES: Record<string, string> = { '\n': 'a newline', ' ': 'a space', '\t': 'a tab' };

// Whitespace at the start or at the end (`index` tells which).
const SURROUNDING_SPACE = /^\s|\s$/;

// Control characters: C0, DEL and C1 (Unicode general category Cc). None belongs in a URL (RFC
// 3986 section 2, which the WHATWG parser would silently strip or percent-encode), a host name
// or a version.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\0-\x1f\x7f-\x9f]/;

/** `<field> is missing; pass <what>`: for `undefined` and `null`. */
export const missing = (field: string, what: string): string => `${field} is missing; pass ${what}`;

/** `<field> is empty; pass <what>`: for `''`. */
export const empty = (field: string, what: string): string => `${field} is empty; pass ${what}`;

/**
 * `value` when it is usable text: a string, not empty, without surrounding whitespace or a
 * control character. Otherwise throws `code` (`NOT_A_STRING` for a non-string) with the house
 * phrasing, where `what` completes "pass ..." (`'a TLS version'`).
 */
export function readText(value: unknown, field: string, what: string, code: TlsCheckErrorCode): string {
  if (value == null) fail(code, missing(field, what));
  if (typeof value !== 'string') fail('NOT_A_STRING', `${field} must be a string, got ${typeof value}`);
  if (!value) fail(code, empty(field, what));
  const edge = SURROUNDING_SPACE.exec(value);
  if (edge) {
    const [space] = edge;
    fail(
      code,
      `${field} ${edge.index ? 'ends' : 'starts'} with ${WHITESPACE_NAMES[space] ?? 'whitespace'}; trim it`,
    );
  }
  const at = value.search(CONTROL);
  if (at >= 0) {
    const unicode = value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    fail(code, `${field} holds a control character (U+${unicode}) at index ${at}; remove it`);
  }
  return value;
}
