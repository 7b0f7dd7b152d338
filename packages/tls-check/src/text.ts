import { fail, type TlsCheckErrorCode } from './errors.ts';

// Control characters: C0, DEL and C1 (Unicode general category Cc). None belongs in a URL (RFC
// 3986 section 2, which the WHATWG parser would silently strip or percent-encode), a host name
// or a version.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\0-\x1f\x7f-\x9f]/;

/**
 * `value` when it is usable text: a string, not empty, without surrounding whitespace or a
 * control character. Otherwise throws `code` (`NOT_A_STRING` for a non-string) in the house
 * phrasings (root README), where `what` completes "pass ..." (`'a TLS version'`). The value
 * itself never appears: it may be a URL carrying credentials.
 */
export function readText(value: unknown, field: string, what: string, code: TlsCheckErrorCode): string {
  if (value == null) fail(code, `${field} is missing; pass ${what}`);
  if (typeof value !== 'string') fail('NOT_A_STRING', `${field} must be a string, got ${typeof value}`);
  if (!value) fail(code, `${field} is empty; pass ${what}`);
  // `trim` removes exactly what `\s` matches: Unicode white space and line terminators.
  if (value.trim() !== value) fail(code, `${field} has whitespace at an end; trim it`);
  if (CONTROL.test(value)) fail(code, `${field} holds a control character; remove it`);
  return value;
}
