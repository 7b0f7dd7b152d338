/** The stable codes a {@link BasicTokenError} carries. The package README explains each one. */
export type BasicTokenErrorCode = 'EMPTY_EMAIL';

/**
 * The only error `@auth/basic-token` throws. Its message names the field at fault and the
 * fix, prefixed with the package name; it never contains a secret.
 *
 * @example
 * ```ts
 * try {
 *   // any call of this package
 * } catch (error) {
 *   if (error instanceof BasicTokenError) console.error(error.code, error.message);
 * }
 * ```
 */
export class BasicTokenError extends Error {
  override readonly name = 'BasicTokenError';
  /** Stable, machine-readable reason: branch on this, not on the message. */
  readonly code: BasicTokenErrorCode;

  constructor(code: BasicTokenErrorCode, message: string, options?: ErrorOptions) {
    super(`[@auth/basic-token] ${message}`, options);
    this.code = code;
  }
}
