import { fail } from './errors.ts';
import { MAX_BASIC_HEADER_LENGTH } from './limits.ts';
import { checkText, PASSWORD, printable, USERNAME } from './validate.ts';

/**
 * `'Basic ' + base64(utf8(userPass))` (RFC 7617 section 2.1, RFC 4648 section 4) for checked
 * credentials: printable ASCII goes to `btoa` as it is, anything else as its UTF-8 bytes, one
 * character a byte. `ascii` says which, from the caller's test of the parts: a regular
 * expression on the fresh concatenation would first copy it (V8 flattens it), which costs
 * more than the encoding.
 */
export function basicHeader(userPass: string, ascii: boolean): string {
  let binary = userPass;
  if (!ascii) {
    binary = '';
    for (const byte of new TextEncoder().encode(userPass)) binary += String.fromCharCode(byte);
  }
  const header = `Basic ${btoa(binary)}`;
  if (header.length > MAX_BASIC_HEADER_LENGTH) {
    fail('TOO_LONG', 'Authorization value is over 8192 characters');
  }
  return header;
}

/**
 * The generic RFC 7617 `Authorization` value for any user-id and password, UTF-8 encoded
 * (section 2.1). A `:` in `username` is refused (it would end the user-id); either may be empty
 * (RFC 7617 allows an empty user-id, as in `curl -u :TOKEN`), and `password` may hold colons.
 *
 * @throws {BasicTokenError} `EMPTY_USERNAME` or `EMPTY_PASSWORD` (missing: `undefined` or `null`),
 * `NOT_A_STRING`, `WHITESPACE`, `CONTROL_CHARACTER`, `INVALID_UNICODE`, `COLON_IN_USERNAME`, `TOO_LONG`.
 *
 * @example
 * ```ts
 * encodeBasic('Aladdin', 'open sesame'); // => 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
 * encodeBasic('test', '123£'); // => 'Basic dGVzdDoxMjPCow=='
 * encodeBasic('', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'); // => 'Basic OmdocF8xNkM3ZTQyRjI5MmM2OTEyRTc3MTBjODM4MzQ3QWUxNzhCNGE='
 * encodeBasic('a:b', 'secret'); // throws COLON_IN_USERNAME
 * ```
 */
export function encodeBasic(username: string, password: string): string {
  checkText(username, USERNAME, true);
  checkText(password, PASSWORD, true);
  return basicHeader(`${username}:${password}`, printable(username) && printable(password));
}
