/** The stable codes a {@link CorsPolicyError} carries. The package README explains each one. */
export type CorsPolicyErrorCode =
  /** `assertCorsAllowedAuth`: the `Authorization` kind may not be sent cross-origin. */
  | 'AUTH_NOT_ALLOWED'
  /** `createCorsPolicy`: `origins` (or the options object itself) is missing, `''` or `[]`. */
  | 'NO_ORIGINS'
  /** `createCorsPolicy`: an origin is not `scheme://host[:port]` with an ASCII host (or `'null'`), or `'*'` is not alone. */
  | 'INVALID_ORIGIN'
  /** `createCorsPolicy`: a list option is not an array, or `credentials`/`privateNetwork` not a boolean. */
  | 'INVALID_OPTION'
  /** `createCorsPolicy`: `'*'` (in `origins`, `methods`, `allowHeaders` or `exposeHeaders`) with `credentials: true`. */
  | 'WILDCARD_WITH_CREDENTIALS'
  /** `createCorsPolicy`: a method is not an RFC 9110 token. */
  | 'INVALID_METHOD'
  /** `createCorsPolicy`: a name in `allowHeaders` or `exposeHeaders` is not an RFC 9110 token. */
  | 'INVALID_HEADER_NAME'
  /** `createCorsPolicy`: `maxAge` is not a whole number of seconds, 0 or more. */
  | 'INVALID_MAX_AGE'
  /** `createCorsPolicy`: `allowAuth` names a kind `classifyAuthorization` never returns. */
  | 'INVALID_ALLOW_AUTH';

/**
 * The only error `@auth/cors-policy` throws. Its message names the field at fault and the
 * fix, prefixed with the package name; it never contains a secret.
 *
 * @example
 * ```ts
 * try {
 *   // any call of this package
 * } catch (error) {
 *   if (error instanceof CorsPolicyError) console.error(error.code, error.message);
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
