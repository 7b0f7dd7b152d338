import { fail } from './errors.ts';
import { MAX_BASIC_HEADER_LENGTH, tooLong } from './limits.ts';
import { checkText, checkUser, PASSWORD, USERNAME } from './validate.ts';

/** RFC 5234 B.1: printable ASCII (%x20-7E) is its own UTF-8, so `btoa` takes it as it is. */
const PRINTABLE_ASCII = /^[ -~]*$/;

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * `'Basic ' + base64(utf8(userPass))` (RFC 7617 section 2.1, RFC 4648 section 4) for checked
 * credentials. Printable ASCII goes to `btoa` as it is; anything else is UTF-8 encoded first,
 * then encoded by `Uint8Array.prototype.toBase64` where the runtime has it (not Node.js 20-24),
 * else by `btoa` of the bytes as a binary string.
 */
export function basicHeader(userPass: string): string {
  const bytes = PRINTABLE_ASCII.test(userPass) ? undefined : encoder.encode(userPass);
  // Each 3 bytes make 4 characters, after the 6 of 'Basic '.
  const length = 6 + Math.ceil((bytes ?? userPass).length / 3) * 4;
  if (length > MAX_BASIC_HEADER_LENGTH) fail('TOO_LONG', tooLong(length, MAX_BASIC_HEADER_LENGTH));
  if (!bytes) return `Basic ${btoa(userPass)}`;
  const native = bytes as Uint8Array & { toBase64?: () => string };
  return `Basic ${native.toBase64 ? native.toBase64() : btoa(String.fromCharCode(...bytes))}`;
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
  checkUser(username, USERNAME, true);
  checkText(password, PASSWORD, true);
  return basicHeader(`${username}:${password}`);
}
