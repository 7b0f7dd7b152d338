import { type BasicTokenErrorCode, fail } from './errors.ts';
import { MAX_BASIC_HEADER_LENGTH, tooLong } from './limits.ts';
import type { BasicCredentials, DecodeBasicOptions } from './types.ts';
import { checkString, type Field, refuseControl } from './validate.ts';

/** The value to decode, as messages name it; a missing one has no scheme. */
const AUTHORIZATION: Field = ['Authorization value', '"Basic", a space, then base64', 'WRONG_SCHEME'];

// Anything but printable ASCII (RFC 5234 B.1: %x20-7E) sends the decoded bytes the slow way:
// UTF-8 (RFC 7617 section 2.1), then the check for control characters (section 2).
const NOT_PRINTABLE_ASCII = /[^ -~]/;

const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** RFC 9110 section 5.6.3: OWS = *( SP / HTAB ). */
const isOws = (code: number): boolean => code === 32 || code === 9;

// RFC 9110 section 5.5: a field value holds no CTL but HTAB; nor C1 controls here (any of them
// in an Authorization value is header injection, or an attempt at it).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_IN_VALUE = /[\0-\x08\n-\x1f\x7f-\x9f]/;

/** Refuses `value` with `code`, or with CONTROL_CHARACTER when that is why it did not parse. */
function refuse(value: string, code: BasicTokenErrorCode, message: string): never {
  refuseControl(value, AUTHORIZATION[0], CONTROL_IN_VALUE);
  return fail(code, message);
}

/**
 * Decodes an `Authorization: Basic ...` value into its user-id and password (RFC 7617). The
 * scheme is case-insensitive, one or more spaces (not tabs) follow it, and spaces or tabs around
 * the value are tolerated. The base64 must be canonical and padded; the bytes are read as UTF-8
 * (section 2.1), strictly: bad base64 or bad UTF-8 is an error, never mojibake. Values longer
 * than `options.maxLength` (a positive safe integer, default `MAX_BASIC_HEADER_LENGTH`, 8192) are
 * refused before any parsing; the parse is linear. A control character (CR, LF, NUL...) anywhere
 * in the value is `CONTROL_CHARACTER`.
 *
 * @throws {BasicTokenError} `NOT_A_STRING`, `INVALID_OPTION`, `TOO_LONG`, `CONTROL_CHARACTER`,
 * `WRONG_SCHEME` (also for a missing value), `INVALID_BASE64`, `INVALID_UTF8`, `MISSING_COLON`.
 *
 * @example
 * ```ts
 * decodeBasic('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='); // => { username: 'Aladdin', password: 'open sesame' }
 * decodeBasic('basic   dGVzdDoxMjPCow== '); // => { username: 'test', password: '123£' }
 * decodeBasic('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // throws WRONG_SCHEME
 * decodeBasic('Basic QWxhZGRpbjpvcGVuIHNlc2FtZR=='); // throws INVALID_BASE64
 * decodeBasic('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\r\n'); // throws CONTROL_CHARACTER
 * ```
 */
export function decodeBasic(value: string, options?: DecodeBasicOptions): BasicCredentials {
  checkString(value, AUTHORIZATION);
  const max = options?.maxLength ?? MAX_BASIC_HEADER_LENGTH;
  if (!Number.isSafeInteger(max) || max < 1) {
    fail('INVALID_OPTION', 'maxLength must be a positive safe integer');
  }
  if (value.length > max) fail('TOO_LONG', tooLong(value.length, max));
  // RFC 9110 section 11.4: credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ], the
  // scheme case-insensitive (section 11.1); OWS (spaces, tabs) only around the field value.
  // One pass, no regex; the usual 'Basic ' prefix skips the case-insensitive comparison.
  let end = value.length;
  while (isOws(value.charCodeAt(end - 1))) end--; // charCodeAt(-1) is NaN
  let at = 6;
  if (!value.startsWith('Basic ')) {
    let start = 0;
    while (isOws(value.charCodeAt(start))) start++;
    at = start + 5;
    // A tab after the scheme is refused here, as no space (RFC 9110 section 11.4: 1*SP).
    if (value.slice(start, at).toLowerCase() !== 'basic' || (at < end && value.charCodeAt(at) !== 32)) {
      refuse(value, 'WRONG_SCHEME', `${AUTHORIZATION[0]} must be ${AUTHORIZATION[1]}`);
    }
  }
  while (value.charCodeAt(at) === 32) at++;
  // RFC 7617 section 2 and RFC 4648 section 4: padded base64, so a multiple of 4 characters.
  // atob checks the alphabet and the padding; the length of what it returns proves that it
  // skipped no whitespace inside (it would return fewer bytes than 3 per 4 characters). RFC 4648
  // section 3.5: the bits after the last byte must be zero, or two values would carry the same
  // credentials; encoding the last bytes again shows any that are not.
  const encoded = value.slice(at, end);
  const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
  let text = '';
  try {
    text = atob(encoded);
  } catch {}
  if (
    !text ||
    encoded.length % 4 ||
    text.length !== (encoded.length / 4) * 3 - padding ||
    (padding && btoa(text.slice(padding - 3)) !== encoded.slice(-4))
  ) {
    refuse(value, 'INVALID_BASE64', 'credentials must be canonical padded base64 (RFC 4648)');
  }
  const ascii = !NOT_PRINTABLE_ASCII.test(text);
  if (!ascii) {
    try {
      text = decoder.decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
    } catch (cause) {
      fail('INVALID_UTF8', 'credentials must be UTF-8', { cause });
    }
  }
  const colon = text.indexOf(':');
  if (colon < 0) fail('MISSING_COLON', 'credentials have no colon (user-id:password)');
  const username = text.slice(0, colon);
  const password = text.slice(colon + 1);
  if (!ascii) {
    refuseControl(username, 'username');
    refuseControl(password, 'password');
  }
  return { username, password };
}
