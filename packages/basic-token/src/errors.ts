/**
 * The stable codes a {@link BasicTokenError} carries. The package README explains each one.
 *
 * - `EMPTY_EMAIL`, `EMPTY_TOKEN`, `EMPTY_PASSWORD`: the field is missing (`undefined` or `null`)
 *   or `''`. `EMPTY_USERNAME`: `encodeBasic`'s username is missing (`''` is allowed).
 * - `NOT_A_STRING`: the field, or the value to decode, is neither a string nor missing.
 * - `WHITESPACE`: the field starts or ends with whitespace (the pasted-newline 401).
 * - `CONTROL_CHARACTER`: the field holds CR, LF, NUL, TAB or another control character
 *   (header injection; RFC 7617 section 2 forbids them), or the `Authorization` value to decode
 *   holds one other than a tab (RFC 9110 section 5.5).
 * - `INVALID_UNICODE`: the field holds a lone surrogate, which UTF-8 cannot encode.
 * - `COLON_IN_USERNAME`: the email or username holds a `:`, which ends the user-id (RFC 7617 section 2).
 * - `EMAIL_ENDS_WITH_TOKEN`: the email already ends in `/token` (it would become `/token/token`).
 * - `TOO_LONG`: the header value is, or would be, longer than `MAX_BASIC_HEADER_LENGTH`.
 * - `WRONG_SCHEME`: the value to decode is missing, its scheme is not `Basic`, or no space
 *   follows it (RFC 9110 section 11.4).
 * - `INVALID_BASE64`: what follows `Basic ` is missing, not padded base64 (RFC 4648 section 4),
 *   or not canonical (bits after the last byte that are not zero: section 3.5).
 * - `INVALID_UTF8`: the decoded bytes are not UTF-8 (RFC 7617 section 2.1).
 * - `MISSING_COLON`: the decoded credentials hold no `:` between user-id and password.
 * - `INVALID_OPTION`: an option is out of its range (`maxLength` must be a positive safe integer).
 */
export type BasicTokenErrorCode =
  | 'EMPTY_EMAIL'
  | 'EMPTY_TOKEN'
  | 'EMPTY_PASSWORD'
  | 'EMPTY_USERNAME'
  | 'NOT_A_STRING'
  | 'WHITESPACE'
  | 'CONTROL_CHARACTER'
  | 'INVALID_UNICODE'
  | 'COLON_IN_USERNAME'
  | 'EMAIL_ENDS_WITH_TOKEN'
  | 'TOO_LONG'
  | 'WRONG_SCHEME'
  | 'INVALID_BASE64'
  | 'INVALID_UTF8'
  | 'MISSING_COLON'
  | 'INVALID_OPTION';

/**
 * The only error `@auth/basic-token` throws. Its message names the field at fault and the
 * fix, prefixed with the package name; it never contains a secret.
 *
 * @example
 * ```ts
 * try {
 *   basicTokenHeader({ email: 'jdoe@example.com', token: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv\n' });
 * } catch (error) {
 *   if (!(error instanceof BasicTokenError)) throw error;
 *   error.code; // => 'WHITESPACE'
 *   error.message; // => '[@auth/basic-token] token must be the API token, trimmed'
 * }
 * ```
 */
export class BasicTokenError extends Error {
  override readonly name = 'BasicTokenError';
  /** Stable, machine-readable reason: branch on this, not on the message. */
  declare readonly code: BasicTokenErrorCode;

  constructor(code: BasicTokenErrorCode, message: string, options?: ErrorOptions) {
    super(`[@auth/basic-token] ${message}`, options);
    this.code = code;
  }
}

/**
 * The one way this package throws: a {@link BasicTokenError}, with the cause when there is one
 * (always an `Error` here, so never falsy).
 */
export function fail(code: BasicTokenErrorCode, message: string, cause?: Error): never {
  throw new BasicTokenError(code, message, cause && { cause });
}
