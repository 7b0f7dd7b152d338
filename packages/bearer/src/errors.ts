/** The stable codes a {@link BearerError} carries. The package README explains each one. */
export type BearerErrorCode = 'EMPTY_TOKEN';

/**
 * The only error `@auth/bearer` throws. Its message names the field at fault and the
 * fix, prefixed with the package name; it never contains a secret.
 *
 * @example
 * ```ts
 * try {
 *   // any call of this package
 * } catch (error) {
 *   if (error instanceof BearerError) console.error(error.code, error.message);
 * }
 * ```
 */
export class BearerError extends Error {
  override readonly name = 'BearerError';
  /** Stable, machine-readable reason: branch on this, not on the message. */
  readonly code: BearerErrorCode;

  constructor(code: BearerErrorCode, message: string, options?: ErrorOptions) {
    super(`[@auth/bearer] ${message}`, options);
    this.code = code;
  }
}
