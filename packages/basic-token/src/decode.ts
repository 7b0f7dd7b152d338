import { type BasicTokenErrorCode, fail } from './errors.ts';
import { MAX_BASIC_HEADER_LENGTH } from './limits.ts';
import type { BasicCredentials, DecodeBasicOptions } from './types.ts';
import { CONTROL, PRINTABLE_ASCII } from './validate.ts';

/** The message of every error about the value, here and in `parseBasicToken`; the code says what is wrong. */
export const MESSAGE: string = 'Authorization value must be "Basic <base64 of user-id:password>" (RFC 7617)';

/**
 * RFC 9110 section 11.4: credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ], the scheme
 * case-insensitive (section 11.1), inside OWS (section 5.6.3: spaces, tabs); group 1 is what
 * should be the base64, a run of VCHAR (RFC 5234 B.1). Each part is a class disjoint from the
 * next, anchored: linear.
 */
const CREDENTIALS = /^[ \t]*basic +([!-~]+)[ \t]*$/i;

/** The scheme, then a space or nothing but OWS: what follows is meant as the credentials. */
const SCHEME = /^[ \t]*basic( |[ \t]*$)/i;

// RFC 9110 section 5.5: a field value holds no CTL but HTAB; nor C1 controls here (any of them
// in an Authorization value is header injection, or an attempt at it).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_IN_VALUE = /[\0-\x08\n-\x1f\x7f-\x9f]/;

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
  const max = options?.maxLength ?? MAX_BASIC_HEADER_LENGTH;
  if (!Number.isSafeInteger(max) || max < 1)
    fail('INVALID_OPTION', 'maxLength must be a positive safe integer');
  const encoded = typeof value === 'string' && value.length <= max && CREDENTIALS.exec(value)?.[1];
  let text = '';
  try {
    text = atob(encoded || '');
  } catch {}
  // RFC 7617 section 2 and RFC 4648 sections 3.2-3.5: padded, canonical base64. atob takes
  // missing padding and bits set after the last byte (CREDENTIALS lets no whitespace through for
  // it to skip), and both can only be in the last group of four characters: that group must be
  // what encoding the last bytes gives. The round trip, without encoding everything again (which
  // costs Deno as much as the rest of the decoding).
  const lastBytes = text.slice(-(text.length % 3 || 3));
  if (!encoded || btoa(lastBytes) !== encoded.slice(-4)) return fail(problem(value, max), MESSAGE);
  // Printable ASCII, what nearly every client sends, holds no control character: only other
  // text is read as UTF-8 and looked at for one.
  const ascii = PRINTABLE_ASCII.test(text);
  if (!ascii) {
    try {
      text = new TextDecoder(undefined, { fatal: true, ignoreBOM: true }).decode(
        Uint8Array.from(text, (c) => c.charCodeAt(0)),
      );
    } catch (cause) {
      fail('INVALID_UTF8', MESSAGE, cause as Error);
    }
  }
  const colon = text.indexOf(':');
  if (colon < 0) fail('MISSING_COLON', MESSAGE);
  // RFC 7617 section 2: no control character in the user-id or the password.
  if (!ascii && CONTROL.test(text)) fail('CONTROL_CHARACTER', MESSAGE);
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** Why `value` is not Basic credentials, as the code of the error that refuses it. */
function problem(value: unknown, max: number): BasicTokenErrorCode {
  if (value == null) return 'WRONG_SCHEME';
  if (typeof value !== 'string') return 'NOT_A_STRING';
  if (value.length > max) return 'TOO_LONG';
  if (CONTROL_IN_VALUE.test(value)) return 'CONTROL_CHARACTER';
  return SCHEME.test(value) ? 'INVALID_BASE64' : 'WRONG_SCHEME';
}
