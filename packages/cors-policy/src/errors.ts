/** The stable codes a {@link CorsPolicyError} carries. The package README explains each one. */
export type CorsPolicyErrorCode = 'AUTH_NOT_ALLOWED';

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
