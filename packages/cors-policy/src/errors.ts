/**
 * The stable codes a {@link CorsPolicyError} carries. The package README explains each one.
 *
 * - `AUTH_NOT_ALLOWED` (protocol): `assertCorsAllowedAuth` got an `Authorization` value whose
 *   kind may not be sent cross-origin.
 * - `INVALID_NEXT` (misuse): `handle`'s `next` is not a function, or it returned (or resolved to)
 *   something that is not a `Response`.
 * - The other codes are misuse, thrown by `createCorsPolicy` (and `INVALID_OPTION` by `handle`
 *   and `evaluate` when a predicate `origins` answers anything but `true` or `false`, or
 *   `options.onError` returns something that is not a `Response`):
 *   `NO_ORIGINS` (`origins` missing, `''` or `[]`), `INVALID_ORIGIN` (an origin that is not
 *   `scheme://host[:port]` or `'null'`), `INVALID_OPTION` (an option of the wrong type or an
 *   unknown option), `WILDCARD_WITH_CREDENTIALS` (`'*'`, or a `RegExp` or predicate that allows
 *   every origin, with `credentials: true`),
 *   `INVALID_METHOD` and `INVALID_HEADER_NAME` (not an RFC 9110 token), `INVALID_MAX_AGE`
 *   (not whole seconds, 0 or more), `INVALID_ALLOW_AUTH` (a kind `classifyAuthorization` never
 *   returns).
 */
export type CorsPolicyErrorCode =
  | 'AUTH_NOT_ALLOWED'
  | 'INVALID_NEXT'
  | 'NO_ORIGINS'
  | 'INVALID_ORIGIN'
  | 'INVALID_OPTION'
  | 'WILDCARD_WITH_CREDENTIALS'
  | 'INVALID_METHOD'
  | 'INVALID_HEADER_NAME'
  | 'INVALID_MAX_AGE'
  | 'INVALID_ALLOW_AUTH';

/**
 * The only error `@auth/cors-policy` throws. Its message names the field at fault and the
 * fix, prefixed with the package name; it never contains a secret.
 *
 * @example
 * ```ts
 * try {
 *   createCorsPolicy({ origins: 'https://app.example.com', allowHeaders: 'x-request-id' });
 * } catch (error) {
 *   error instanceof CorsPolicyError; // => true
 *   error.code; // => 'INVALID_OPTION'
 *   error.message; // => '[@auth/cors-policy] options.allowHeaders is "x-request-id"; pass an array, one name per item'
 * }
 * ```
 */
export class CorsPolicyError extends Error {
  override readonly name = 'CorsPolicyError';
  /** Stable, machine-readable reason: branch on this, not on the message. */
  readonly code: CorsPolicyErrorCode;

  constructor(code: CorsPolicyErrorCode, message: string, options?: ErrorOptions) {
    super(`[@auth/cors-policy] ${message}`, options);
    this.code = code;
  }
}

/**
 * The one way this package throws: a {@link CorsPolicyError} with `code` and `message` (written
 * by the file that detects the condition), and `cause` when there is one.
 *
 * @example
 * ```ts
 * fail('INVALID_MAX_AGE', 'options.maxAge is -1; pass whole seconds, 0 or more'); // throws INVALID_MAX_AGE: options.maxAge is -1; pass whole seconds, 0 or more
 * ```
 */
export function fail(code: CorsPolicyErrorCode, message: string, cause?: unknown): never {
  throw new CorsPolicyError(code, message, cause === undefined ? undefined : { cause });
}
