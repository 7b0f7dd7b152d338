/**
 * The stable codes a {@link TlsCheckError} carries. The package README explains each one.
 *
 * Misuse (the calling code is wrong; fix the code):
 * - `NOT_A_STRING`: a URL, host or version that is neither a string nor (where allowed) a `URL`
 *   or a number.
 * - `INVALID_OPTION`: the options of `checkTls` are not an object, or one is of the wrong type,
 *   out of range, or (`ca`) not the PEM text of a certificate.
 *
 * Protocol (the data is wrong; handle it at run time):
 * - `UNKNOWN_TLS_VERSION`: a version that no spelling of SSL 3.0 to TLS 1.3 matches, or none.
 * - `INVALID_URL`: a URL that is missing, empty, surrounded by whitespace, holds a control
 *   character, does not parse, or names port 0.
 * - `NOT_HTTPS`: a URL whose scheme is not `https:` (or `wss:`).
 * - `INVALID_HOST`: a host name that is missing or empty, carries a port, a path, credentials or a
 *   wildcard, or is too long for DNS (labels of 63 characters, names of 253: RFC 1035 section 2.3.4).
 */
export type TlsCheckErrorCode =
  | 'NOT_A_STRING'
  | 'INVALID_OPTION'
  | 'UNKNOWN_TLS_VERSION'
  | 'INVALID_URL'
  | 'NOT_HTTPS'
  | 'INVALID_HOST';

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

/** The one way this package throws: a {@link TlsCheckError}, with the cause when there is one. */
export function fail(code: TlsCheckErrorCode, message: string, cause?: unknown): never {
  throw new TlsCheckError(code, message, cause === undefined ? undefined : { cause });
}
