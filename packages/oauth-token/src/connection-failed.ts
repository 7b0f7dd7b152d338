/**
 * Codes that a runtime's `fetch` error carries only when no connection was made, before any
 * byte of the request (DNS, TCP, the TLS handshake and its certificate checks):
 * - Node 20 to 26 (undici): `TypeError('fetch failed')` whose `cause` has the code:
 *   `ECONNREFUSED` (an `AggregateError` of them when several addresses were tried), `ENOTFOUND`,
 *   `EAI_AGAIN`, `UND_ERR_CONNECT_TIMEOUT` (undici's, for TCP and TLS), OpenSSL's certificate
 *   verification results as Node names them (`DEPTH_ZERO_SELF_SIGNED_CERT`,
 *   `SELF_SIGNED_CERT_IN_CHAIN`, `UNABLE_TO_VERIFY_LEAF_SIGNATURE`, `UNABLE_TO_GET_ISSUER_CERT...`,
 *   `CERT_HAS_EXPIRED`, `CERT_NOT_YET_VALID`, `CERT_REVOKED`...: X509_V_ERR_* without the prefix)
 *   and `ERR_TLS_CERT_ALTNAME_INVALID` (a name mismatch).
 * - Bun 1.4: a `TypeError` with the same codes on itself.
 * Anything else (`ECONNRESET`, undici's "other side closed", Bun's `EPROTO`, TLS alerts such as
 * `ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED`, which TLS 1.3 sends after the client's first data)
 * may come after the request went out, or cannot be told apart from that: `NETWORK_ERROR`.
 */
const NOT_CONNECTED =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_\w+|CERT_\w+)$/;

/**
 * Deno 2.9 (hyper's client): `TypeError('fetch failed')` whose `cause` says `client error
 * (Connect)` (then `tcp connect error: Connection refused`, `dns error`, `invalid peer
 * certificate: ...`) when the connection failed; a request sent on it fails with `client error
 * (SendRequest)` instead.
 */
const DENO_CONNECT = 'client error (Connect)';

/**
 * Whether `error`, what a `fetch` rejected with, says that no connection was made, so that
 * nothing was sent: its code (or message, in Deno), its `cause` and an `AggregateError`'s
 * `errors` (all of them), walked. Browsers and workerd say only "Failed to fetch" / "Network
 * connection lost": never known, so `false`.
 *
 * @example
 * ```ts
 * connectionFailed(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) })); // => true
 * connectionFailed(new TypeError('Failed to fetch')); // => false
 * ```
 */
export function connectionFailed(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 9) return false; // a cause cycle ends
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  return (
    NOT_CONNECTED.test(String(code)) ||
    String(message).includes(DENO_CONNECT) ||
    connectionFailed(cause, depth + 1) ||
    (Array.isArray(errors) && errors.length > 0 && errors.every((each) => connectionFailed(each, depth + 1)))
  );
}
