/**
 * The stable codes a {@link TlsCheckError} carries. The package README explains each one.
 *
 * - `UNKNOWN_TLS_VERSION`: a version that no spelling of SSL 3.0 to TLS 1.3 matches.
 * - `INVALID_URL`: a URL that does not parse, or carries a control character or surrounding space.
 * - `NOT_HTTPS`: a URL whose scheme is not `https:` (or `wss:`).
 * - `INVALID_HOST`: a host name that is empty, carries a port, a path or a control character.
 * - `INVALID_OPTION`: an option of `checkTls` of the wrong type or out of range.
 */
export type TlsCheckErrorCode =
  | 'UNKNOWN_TLS_VERSION'
  | 'INVALID_URL'
  | 'NOT_HTTPS'
  | 'INVALID_HOST'
  | 'INVALID_OPTION';

/**
 * The only error `@auth/tls-check` throws. Its message names the field at fault and the
 * fix, prefixed with the package name; it never contains a secret (URLs are never echoed,
 * since they may carry credentials).
 *
 * @example
 * ```ts
 * new TlsCheckError('NOT_HTTPS', 'url uses http:').message; // => '[@auth/tls-check] url uses http:'
 * assertHttpsUrl('http://example.zendesk.com/api/v2/users.json'); // throws NOT_HTTPS
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

/** Throws a {@link TlsCheckError}; a function so that call sites stay one short line. */
export function fail(code: TlsCheckErrorCode, message: string, cause?: unknown): never {
  throw new TlsCheckError(code, message, cause === undefined ? undefined : { cause });
}
