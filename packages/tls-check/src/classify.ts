import type { ConnectionError } from './connection.ts';
import { missingPermission } from './permission.ts';
import type { TlsProblem, TlsProblemCode } from './types.ts';
import type { TlsVersion } from './version.ts';

/** Where the connection was when something went wrong, for messages that say what to fix. */
export interface Attempt {
  host: string;
  port: number;
  /** The SNI name offered, `undefined` for an IP address. */
  servername: string | undefined;
  /** Whether the TCP connection had opened. */
  connected: boolean;
  /** The lowest version any ClientHello of the check offered. */
  lowestOffered: TlsVersion;
  timeoutMs: number;
}

/** A problem: its stable code and what to fix. */
export const problem = (code: TlsProblemCode, message: string): TlsProblem => ({ code, message });

// getaddrinfo(3) failures as Node, Bun and Deno name them.
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'EAI_NOTFOUND']);

// No version in common: a protocol_version alert (RFC 8446 section 6.2, alert 70) or a local refusal.
const VERSION_CODES = new Set([
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_VERSION_TOO_LOW',
]);

// The X.509 verification results (OpenSSL's X509_V_ERR_* names, which Node, Bun and Deno all
// report) and Node's host name check: a handshake that stopped at the certificate.
const CERTIFICATE_CODES = new Set([
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
]);

// Verification results that say more than "weak" would: a chain that is weak as well as expired,
// for another name or self-signed is reported for that.
const NOT_ONLY_WEAK = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

export const REISSUE =
  'reissue it with an RSA key of 2048 bits or more, or an ECDSA P-256 key, signed with SHA-256';

/** The problem of a certificate chain that is `weak` (`an RSA key of 1024 bits`). */
export const weakCertificateProblem = (weak: string): TlsProblem =>
  problem(
    'CERT_WEAK',
    `the certificate chain uses ${weak}, which browsers and current TLS libraries refuse: ${REISSUE}`,
  );

/**
 * The problem a certificate verification result (`socket.authorizationError`, or the code of
 * a handshake error) stands for; `weak` (from the certificates the server sent) explains a
 * result that names nothing more precise (Node says `UNSPECIFIED` for a key that is too small).
 */
export function certificateProblem(
  reason: string,
  attempt: Pick<Attempt, 'host' | 'servername'>,
  weak?: string,
): TlsProblem {
  if (weak && !NOT_ONLY_WEAK.has(reason)) return weakCertificateProblem(weak);
  if (reason === 'CERT_HAS_EXPIRED') {
    return problem('CERT_EXPIRED', 'the certificate has expired (CERT_HAS_EXPIRED): renew it on the server');
  }
  if (reason === 'CERT_NOT_YET_VALID') {
    return problem(
      'CERT_NOT_YET_VALID',
      'the certificate is not valid yet (CERT_NOT_YET_VALID): check the clocks of the server and of this machine',
    );
  }
  if (reason === 'ERR_TLS_CERT_ALTNAME_INVALID' || reason === 'HOSTNAME_MISMATCH') {
    return problem(
      'CERT_WRONG_NAME',
      `the certificate does not name ${attempt.host} (${reason}): serve a certificate whose subjectAltName lists it` +
        (attempt.servername === undefined
          ? '; no SNI was sent because the URL names an IP address, so the server may have sent its default certificate: use the host name in the URL'
          : ''),
    );
  }
  return problem(
    'CERT_UNTRUSTED',
    `the certificate chain is not trusted (${reason}): if the server uses a private CA, pass that CA's certificate as ca (--ca FILE); otherwise have the server send its full chain, issued by a public CA`,
  );
}

/** The problem a failed connection or handshake stands for. */
export function connectionProblem(error: ConnectionError, attempt: Attempt): TlsProblem {
  const code = typeof error.code === 'string' ? error.code : 'no error code';
  const where = `${attempt.host}:${attempt.port}`;
  const flag = missingPermission(error);
  if (flag) {
    return problem(
      'PERMISSION_DENIED',
      `Deno's permissions do not allow connecting to ${where}: run deno with ${flag}${flag === '--allow-net' ? ` (or ${flag}=${attempt.host})` : ''}`,
    );
  }
  if (DNS_CODES.has(code)) {
    return problem(
      'DNS_FAILURE',
      `could not resolve ${attempt.host} (${code}): check the host name for typos, and this machine's DNS`,
    );
  }
  if (code === 'ECONNREFUSED') {
    return problem(
      'CONNECTION_REFUSED',
      `${where} refused the connection (ECONNREFUSED): nothing listens on that port, or a firewall rejects it; check the port (HTTPS is 443)`,
    );
  }
  if (CERTIFICATE_CODES.has(code)) return certificateProblem(code, attempt);
  if (!attempt.connected) {
    return problem(
      'CONNECTION_FAILED',
      `could not connect to ${where} (${code}): check the address, and the network route, proxy or firewall in between`,
    );
  }
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER') {
    return problem(
      'NOT_TLS',
      `${where} did not answer in TLS (${code}): that port probably speaks plain HTTP; use the server's HTTPS port`,
    );
  }
  return withoutSni(handshakeFailure(error, code, attempt), attempt);
}

/** The problem of a handshake that failed for a reason no earlier rule named. */
function handshakeFailure(error: ConnectionError, code: string, attempt: Attempt): TlsProblem {
  if (VERSION_CODES.has(code)) {
    return problem(
      'HANDSHAKE_FAILED',
      attempt.lowestOffered === 'TLSv1.2'
        ? `the server and this runtime share no TLS version (${code}); the check offered only TLS 1.2 and 1.3, so the server probably speaks only TLS 1.0 or 1.1: enable TLS 1.2 and 1.3 on the server`
        : `the server and this check share no TLS version (${code}) although it offered ${attempt.lowestOffered} to TLSv1.3: enable TLS 1.2 and 1.3 on the server`,
    );
  }
  if (code === 'ECONNRESET') {
    return problem(
      'HANDSHAKE_FAILED',
      `the server closed the connection during the TLS handshake (ECONNRESET): it may refuse this client's TLS versions, ciphers or SNI name (${attempt.servername ?? 'none sent'}); check the server's TLS configuration`,
    );
  }
  return problem(
    'HANDSHAKE_FAILED',
    `the TLS handshake failed (${code}${typeof error.message === 'string' ? `: ${reason(error.message)}` : ''}): check the server's TLS configuration`,
  );
}

/**
 * The part of an error message a reader needs: OpenSSL's reason (and detail), else its first line.
 * OpenSSL's error text is `<thread>:error:<code>:SSL routines:<function>:<reason>:<file>:<line>:<detail>`
 * (BoringSSL's `error:<code>:SSL routines:OPENSSL_internal:<REASON>`): the thread, file and line
 * are noise. Split on colons rather than matched by a pattern: nothing to backtrack, nothing to prove.
 */
function reason(message: string): string {
  const lines = message.split('\n');
  const line = lines.find((text) => text.includes('SSL routines:'));
  const [, , why, , , ...detail] = (line ?? '').slice(line?.indexOf('SSL routines:')).split(':');
  if (!why) return lines[0] as string;
  return detail.length > 0 ? `${why}, ${detail.join(':')}` : why;
}

/** A failed handshake without SNI (an IP address in the URL): servers that require SNI refuse those. */
function withoutSni(found: TlsProblem, attempt: Attempt): TlsProblem {
  if (attempt.servername !== undefined) return found;
  return problem(
    found.code,
    `${found.message}; no SNI was sent, as the URL names an IP address, and a server that requires SNI (Zendesk's does) refuses such a handshake: use its host name`,
  );
}

/** The problem of a connection that this runtime could not set up (its TLS settings refused). */
export function setupProblem(error: ConnectionError): TlsProblem {
  const code = String(error.code ?? error.name);
  return problem(
    'HANDSHAKE_FAILED',
    `this runtime could not set up a TLS connection (${code}: ${String(error.message).split('\n')[0]}): check its TLS settings; checkRuntime() lists those that were lowered`,
  );
}

/** The problem of a check that ran out of time. */
export function timeoutProblem(attempt: Attempt): TlsProblem {
  const where = `${attempt.host}:${attempt.port}`;
  return problem(
    'TIMEOUT',
    attempt.connected
      ? `the TCP connection to ${where} opened but no TLS handshake completed within ${attempt.timeoutMs} ms: the port may not speak TLS, or the server is stalled; check the port, or raise timeoutMs (--timeout)`
      : `no TCP connection to ${where} within ${attempt.timeoutMs} ms: a firewall may drop the packets, or the address is wrong; check both, or raise timeoutMs (--timeout)`,
  );
}

/** The problem of a negotiated version below the minimum. */
export function protocolProblem(protocol: string, min: TlsVersion): TlsProblem {
  return problem(
    'PROTOCOL_TOO_OLD',
    `the server negotiated ${protocol}, below the minimum ${min}: enable ${min === 'TLSv1.3' ? 'TLS 1.3' : 'TLS 1.2 and 1.3'} on the server (RFC 8996 deprecates TLS 1.0 and 1.1)`,
  );
}
