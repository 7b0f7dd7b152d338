/** The stable codes a {@link TlsCheckError} carries. The package README explains each one. */
export type TlsCheckErrorCode = 'UNKNOWN_TLS_VERSION';

/**
 * The only error `@auth/tls-check` throws. Its message names the field at fault and the
 * fix, prefixed with the package name; it never contains a secret.
 *
 * @example
 * ```ts
 * try {
 *   // any call of this package
 * } catch (error) {
 *   if (error instanceof TlsCheckError) console.error(error.code, error.message);
 * }
 * ```
 */
export class TlsCheckError extends Error {
  override readonly name = 'TlsCheckError';
  /** Stable, machine-readable reason: branch on this, not on the message. */
  readonly code: TlsCheckErrorCode;

  constructor(code: TlsCheckErrorCode, message: string, options?: ErrorOptions) {
    super(`[@auth/tls-check] ${message}`, options);
    this.code = code;
  }
}
