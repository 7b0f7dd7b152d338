/// <reference types="node" />
import tls from 'node:tls';
import {
  type Attempt,
  certificateProblem,
  connectionProblem,
  protocolProblem,
  timeoutProblem,
} from './classify.ts';
import { readOptions } from './options.ts';
import { type ProbeSettings, probeSettings, socketRuntime } from './probe.ts';
import { urlReport } from './report.ts';
import type { CheckTlsOptions, TlsProblem, TlsReport } from './types.ts';
import { tlsPort } from './url.ts';
import { parseTlsVersion, type TlsVersion, tlsVersionRank } from './version.ts';
import { weakCertificate } from './weak-certificate.ts';

// What the ClientHello offers for ALPN (RFC 7301), as browsers do, so the report shows the server's pick.
const ALPN = ['h2', 'http/1.1'];
const VERSIONS: readonly TlsVersion[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// Secure contexts are costly to build (the root store, the cipher list): one per set of extra CAs.
const contexts = new Map<string, tls.SecureContext>();

function secureContext(probe: ProbeSettings, ca: readonly string[]): tls.SecureContext {
  const key = ca.join('\n');
  let context = contexts.get(key);
  if (context === undefined) {
    if (contexts.size >= 16) contexts.clear();
    context = tls.createSecureContext({
      minVersion: probe.lowestOffered,
      maxVersion: 'TLSv1.3',
      ...(probe.ciphers === undefined ? {} : { ciphers: probe.ciphers }),
      // `ca` replaces the default roots in Node and Bun: keep them, and add the extra ones.
      ...(ca.length === 0 ? {} : { ca: probe.caReplacesRoots ? [...tls.rootCertificates, ...ca] : [...ca] }),
    });
    contexts.set(key, context);
  }
  return context;
}

const negotiated = (protocol: string | null): TlsVersion | null => {
  try {
    return parseTlsVersion(protocol as string);
  } catch {
    return null;
  }
};

/** What the finished handshake says: version, cipher, ALPN, and the certificate's verdict. */
function readHandshake(
  socket: tls.TLSSocket,
  report: TlsReport,
  attempt: Attempt,
  minRank: number,
): TlsProblem[] {
  const protocol = negotiated(socket.getProtocol());
  const cipher = socket.getCipher();
  report.protocol = protocol;
  report.cipher = cipher ? (cipher.standardName ?? cipher.name) : null;
  report.alpn = socket.alpnProtocol || null;
  report.authorized = socket.authorized;
  const reason = socket.authorizationError;
  report.authorizationError = reason ? String(reason) : null;
  const problems: TlsProblem[] = [];
  if (protocol === null || tlsVersionRank(protocol) < minRank) {
    problems.push(protocolProblem(protocol ?? 'an unknown version', VERSIONS[minRank] as TlsVersion));
  }
  if (!socket.authorized) {
    problems.push(certificateProblem(report.authorizationError ?? 'no reason given', attempt));
  } else {
    // The certificates the server sent, cheaply (getPeerCertificate(true) costs a tenth of a handshake).
    const weak = weakCertificate(socket.getPeerX509Certificate());
    if (weak !== undefined) {
      report.authorized = false;
      report.authorizationError = 'CERT_WEAK';
      problems.push({
        code: 'CERT_WEAK',
        message: `the certificate chain uses ${weak}, which browsers and OpenSSL's default security level refuse: reissue it with an RSA key of 2048 bits or more, or an ECDSA P-256 key, signed with SHA-256`,
      });
    }
  }
  return problems;
}

/**
 * Connects once to `url` and reports what the TLS handshake showed: the version, cipher and
 * ALPN protocol the server chose, the SNI name sent, whether the certificate is trusted and
 * names the host, and plain-English `problems` with stable codes. The check offers TLS 1.0
 * to 1.3 where the runtime can (Node, Bun; Deno only 1.2 and 1.3, which a note says) so that
 * an old server shows its version (`PROTOCOL_TOO_OLD`) rather than a bare handshake failure;
 * `minVersion` (default TLS 1.2) is the bar it is judged by. The socket is closed, and the
 * timer cleared, before the promise settles: nothing is left open. A non-TLS URL is judged
 * without connecting (`NOT_HTTPS`). Network failures are reported, not thrown.
 *
 * @throws {TlsCheckError} (as a rejection) `INVALID_URL`, `INVALID_OPTION`, `UNKNOWN_TLS_VERSION`.
 *
 * @example
 * ```ts
 * // const report = await checkTls('https://example.zendesk.com/', { timeoutMs: 5000 });
 * // gives { ok: true, protocol: 'TLSv1.3', sni: { sent: true, servername: 'example.zendesk.com' }, ... }
 * // and for a server that only speaks TLS 1.1: { ok: false, protocol: 'TLSv1.1', problems:
 * // [{ code: 'PROTOCOL_TOO_OLD', message: 'the server negotiated TLSv1.1, below the minimum TLSv1.2: ...' }] }
 * (await checkTls('http://example.zendesk.com/')).problems[0].code; // => 'NOT_HTTPS'
 * ```
 */
export async function checkTls(url: string | URL, options?: CheckTlsOptions): Promise<TlsReport> {
  const settings = readOptions(options);
  const runtime = socketRuntime();
  const report = urlReport(url, runtime);
  if (!report.ok) return report;
  const probe = probeSettings(runtime);
  const target = new URL(report.url);
  const attempt: Attempt = {
    host: target.hostname[0] === '[' ? target.hostname.slice(1, -1) : target.hostname,
    port: tlsPort(target),
    servername: report.sni.servername ?? undefined,
    connected: false,
    lowestOffered: probe.lowestOffered,
    timeoutMs: settings.timeoutMs,
  };
  report.measured = true;
  report.lowestOffered = probe.lowestOffered;
  const context = secureContext(probe, settings.ca);
  return new Promise((resolve) => {
    const started = performance.now();
    let settled = false;
    const settle = (problems: TlsProblem[]): void => {
      if (settled) return;
      settled = true;
      report.durationMs = Math.round((performance.now() - started) * 10) / 10;
      report.problems.push(...problems);
      report.ok = report.problems.length === 0;
      if (problems.some(({ code }) => code === 'HANDSHAKE_FAILED')) report.notes.push(...probe.failureNotes);
    };
    const socket = tls.connect({
      host: attempt.host,
      port: attempt.port,
      ...(attempt.servername === undefined ? {} : { servername: attempt.servername }),
      secureContext: context,
      // Verified below rather than refused, so that one handshake reports version and certificate.
      rejectUnauthorized: false,
      ALPNProtocols: ALPN,
    });
    const timer = setTimeout(() => {
      settle([timeoutProblem(attempt)]);
      socket.destroy();
    }, settings.timeoutMs);
    // The TCP connection is open: `tls.connect` writes the ClientHello (with SNI) right away.
    const sent = (): void => {
      attempt.connected = true;
      report.sni.sent = report.sni.servername !== null;
    };
    socket.once('connect', sent);
    socket.once('secureConnect', () => {
      sent();
      settle(readHandshake(socket, report, attempt, settings.minRank));
      // end() flushes the last handshake message and close_notify; then nothing waits for the peer.
      socket.end(() => socket.destroy());
    });
    socket.on('error', (error: Error & { code?: unknown }) => {
      const problem = connectionProblem(error, attempt);
      // Deno's rustls stops the handshake at a certificate it refuses, even when told not to.
      if (!settled && problem.code.startsWith('CERT_')) {
        report.authorized = false;
        report.authorizationError = String(error.code);
      }
      settle([problem]);
      socket.destroy();
    });
    socket.once('close', () => {
      clearTimeout(timer);
      settle([connectionProblem({ code: 'ECONNRESET' }, attempt)]);
      resolve(report);
    });
  });
}
