import { fail } from './errors.ts';
import { MAX_BASIC_HEADER_LENGTH } from './limits.ts';
import { ASCII_SECRET, ASCII_USER, checkField, checkUser } from './validate.ts';

/** The most user-pass bytes whose base64, after `'Basic '`, fits `MAX_BASIC_HEADER_LENGTH`: 6138. */
export const MAX_USER_PASS_BYTES: number = Math.floor((MAX_BASIC_HEADER_LENGTH - 6) / 4) * 3;

const encoder = /* @__PURE__ */ new TextEncoder();
// RFC 4648 section 4, table 1, as character codes.
const ALPHABET = /* @__PURE__ */ encoder.encode(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
);
const decoder = /* @__PURE__ */ new TextDecoder();
// Reused buffers: the UTF-8 bytes (with room to show an overflow, since `encodeInto` stops at
// the end) and their base64.
const bytes = /* @__PURE__ */ new Uint8Array(MAX_USER_PASS_BYTES + 4);
const base64 = /* @__PURE__ */ new Uint8Array(MAX_BASIC_HEADER_LENGTH);

/**
 * `'Basic ' + base64(utf8(userPass))` (RFC 7617 section 2.1, RFC 4648 section 4), the slow way,
 * for a checked `userPass` that the fast path did not take. `TextEncoder` writes its bytes into a reused
 * buffer; `Uint8Array.prototype.toBase64` encodes them where the runtime has it, else the loop
 * below (on Node.js 20-24, which lack it; faster there than `btoa` of a byte string).
 */
export function utf8Header(userPass: string): string {
  if (userPass.length <= MAX_USER_PASS_BYTES) {
    const { read, written: length } = encoder.encodeInto(userPass, bytes);
    if (read === userPass.length && length <= MAX_USER_PASS_BYTES) {
      if ((bytes as { toBase64?: unknown }).toBase64) {
        return `Basic ${(bytes.subarray(0, length) as Uint8Array & { toBase64: () => string }).toBase64()}`;
      }
      // Each 3 bytes make 4 characters of 6 bits; the zeros after the end fill the last group,
      // whose extra characters then become "=". (Locals: module bindings cost a check a read.)
      const input = bytes;
      const output = base64;
      const alphabet = ALPHABET;
      input[length] = input[length + 1] = 0;
      let at = 0;
      for (let i = 0; i < length; i += 3) {
        const group =
          ((input[i] as number) << 16) | ((input[i + 1] as number) << 8) | (input[i + 2] as number);
        output[at++] = alphabet[group >> 18] as number;
        output[at++] = alphabet[(group >> 12) & 63] as number;
        output[at++] = alphabet[(group >> 6) & 63] as number;
        output[at++] = alphabet[group & 63] as number;
      }
      if (length % 3) output[at - 1] = 61;
      if (length % 3 === 1) output[at - 2] = 61;
      return `Basic ${decoder.decode(output.subarray(0, at))}`;
    }
  }
  return fail(
    'TOO_LONG',
    `credentials make a header longer than ${MAX_BASIC_HEADER_LENGTH} characters; shorten them`,
  );
}

/**
 * The generic RFC 7617 `Authorization` value for any user-id and password, UTF-8 encoded
 * (section 2.1). A `:` in `username` is refused (it would end the user-id); `password` may hold
 * colons and may be empty (as for APIs that take a key as the user-id).
 *
 * @throws {BasicTokenError} `EMPTY_USERNAME`, `NOT_A_STRING`, `WHITESPACE`,
 * `CONTROL_CHARACTER`, `INVALID_UNICODE`, `COLON_IN_USERNAME`, `TOO_LONG`.
 *
 * @example
 * ```ts
 * encodeBasic('Aladdin', 'open sesame'); // => 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
 * encodeBasic('test', '123£'); // => 'Basic dGVzdDoxMjPCow=='
 * encodeBasic('a:b', 'secret'); // throws COLON_IN_USERNAME
 * ```
 */
export function encodeBasic(username: string, password: string): string {
  if (typeof username === 'string' && typeof password === 'string' && ASCII_USER.test(username)) {
    if (password === '' || ASCII_SECRET.test(password)) {
      const userPass = `${username}:${password}`;
      if (userPass.length <= MAX_USER_PASS_BYTES) return `Basic ${btoa(userPass)}`;
    }
  }
  checkUser(username, 'username', 'EMPTY_USERNAME');
  checkField(password, 'password');
  return utf8Header(`${username}:${password}`);
}
