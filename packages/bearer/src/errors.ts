/**
 * The stable codes a {@link BearerError} carries. The package README explains each one.
 *
 * - `NOT_A_STRING`: an input that must be a string is neither a string nor missing.
 * - `TOO_LONG`: a token or a `WWW-Authenticate` value is longer than `BEARER_MAX_LENGTH`
 *   (16384), or an `Authorization` value longer than `BEARER_MAX_LENGTH + 128` (16512).
 * - `EMPTY_TOKEN`: no token: missing (`undefined` or `null`), an empty string, or nothing after
 *   `Bearer`.
 * - `WHITESPACE`: whitespace at either end (the pasted newline), a space inside a token, or a
 *   token passed with its `Bearer ` scheme.
 * - `CONTROL_CHARACTER`: CR, LF, NUL, DEL or another control character: C0 (U+0000-001F, HTAB
 *   allowed between header words), DEL, and in a token (an `Authorization` value's too) C1 (U+0080-009F)
 *   (header injection).
 * - `INVALID_CHARACTER`: a character outside the RFC 6750 `b64token` grammar.
 * - `INVALID_PADDING`: `=` somewhere other than the trailing padding.
 * - `WRONG_SCHEME`: an `Authorization` value that is not `Bearer`, one or more spaces (a tab
 *   there is refused: RFC 6750 allows only `1*SP`), the token.
 * - `EXTRA_CONTENT`: text after the token (two tokens, a comma list...).
 * - `INVALID_REALM`, `INVALID_SCOPE`, `INVALID_ERROR`, `INVALID_ERROR_DESCRIPTION`,
 *   `INVALID_ERROR_URI`: a `bearerChallenge` parameter outside RFC 6750 section 3, or not a
 *   string (a `scope` array element that is not one scope-token is `INVALID_SCOPE`).
 * - `UNKNOWN_PARAMETER`: a `bearerChallenge` key that is none of `realm`, `scope`, `error`,
 *   `errorDescription`, `errorUri` (a misspelling would otherwise be left out silently).
 * - `NO_BEARER_CHALLENGE`: a `WWW-Authenticate` value without a `Bearer` challenge (or missing).
 * - `MALFORMED_CHALLENGE`: a `WWW-Authenticate` value that breaks RFC 9110 section 11.6.1
 *   before its Bearer challenge ends.
 */
export type BearerErrorCode =
  | 'NOT_A_STRING'
  | 'TOO_LONG'
  | 'EMPTY_TOKEN'
  | 'WHITESPACE'
  | 'CONTROL_CHARACTER'
  | 'INVALID_CHARACTER'
  | 'INVALID_PADDING'
  | 'WRONG_SCHEME'
  | 'EXTRA_CONTENT'
  | 'INVALID_REALM'
  | 'INVALID_SCOPE'
  | 'INVALID_ERROR'
  | 'INVALID_ERROR_DESCRIPTION'
  | 'INVALID_ERROR_URI'
  | 'UNKNOWN_PARAMETER'
  | 'NO_BEARER_CHALLENGE'
  | 'MALFORMED_CHALLENGE';

/**
 * The only error `@auth/bearer` throws. Its message names the field at fault and the
 * fix, prefixed with the package name; it never contains a secret.
 *
 * @example
 * ```ts
 * try {
 *   bearerHeader('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo\n');
 * } catch (error) {
 *   if (!(error instanceof BearerError)) throw error;
 *   error.code; // => 'WHITESPACE'
 *   error.message; // => '[@auth/bearer] token must be a bare RFC 6750 b64token'
 * }
 * ```
 */
export class BearerError extends Error {
  override readonly name = 'BearerError';
  /** Stable, machine-readable reason: branch on this, not on the message. */
  declare readonly code: BearerErrorCode;

  constructor(code: BearerErrorCode, message: string, options?: ErrorOptions) {
    super(`[@auth/bearer] ${message}`, options);
    this.code = code;
  }
}

/** The one way this package throws: a {@link BearerError} (no condition here has a cause). */
export function fail(code: BearerErrorCode, message: string): never {
  throw new BearerError(code, message);
}
