/// <reference types="node" />
import tls from 'node:tls';
import { type Attempt, connectionProblem, setupProblem, timeoutProblem } from './classify.ts';
import { tlsConnectOptions } from './connect-options.ts';
import { connect, type Outcome } from './connection.ts';
import { judgeHandshake, LEGACY_NOT_PROBED, loweredDefaultsNote, weakHandshakeProblem } from './judge.ts';
import { readOptions } from './options.ts';
import { missingPermission } from './permission.ts';
import { diagnosticSettings, socketRuntime } from './probe.ts';
import { urlReport } from './report.ts';
import { loweredDefaults } from './runtime-report.ts';
import { type ConnectionSettings, secureContext } from './secure-context.ts';
import { trust } from './trust.ts';
import type { CheckTlsOptions, TlsConnection, TlsConnectionRole, TlsProblem, TlsReport } from './types.ts';
import { tlsVersionRank, VERSIONS, versionOrNull } from './version.ts';

/** What went wrong with a connection whose handshake did not complete. */
function failure(outcome: Outcome, attempt: Attempt): TlsProblem {
  if (outcome.timedOut) return timeoutProblem(attempt);
  // A server that hangs up without a word (no error event) reset the handshake.
  const error = outcome.error ?? { code: 'ECONNRESET' };
  // A connection refused before it started is this runtime's settings, unless a permission is missing.
  return outcome.started || missingPermission(error)
    ? connectionProblem(error, attempt)
    : setupProblem(error);
}

/** A connection as the report lists it. */
const summary = (role: TlsConnectionRole, used: ConnectionSettings, outcome: Outcome): TlsConnection => ({
  role,
  ...used,
  protocol: versionOrNull(outcome.protocol),
  error: outcome.handshake
    ? null
    : outcome.timedOut
      ? 'TIMEOUT'
      : String(outcome.error?.code ?? outcome.error?.name ?? 'ECONNRESET'),
});

/**
 * Connects to `url` as this runtime's default client would, with the options given, and reports
 * what the TLS handshake showed: the version, cipher and ALPN protocol the server chose, the SNI
 * name sent, whether the certificate is trusted and names the host, and plain-English `problems`
 * with stable codes.
 *
 * The verdict (`ok`) is the default connection's: the runtime's own TLS settings (versions,
 * ciphers, security level), `minVersion` as the lowest version offered, and the runtime's trusted
 * certificates with `ca` added. Only when its handshake fails does a second, diagnostic
 * connection lower the settings as far as the runtime can (TLS 1.0, and OpenSSL's security level
 * 0 in Node) to name the cause: an old protocol (`PROTOCOL_TOO_OLD`), a weak certificate
 * (`CERT_WEAK`), a weak handshake (`HANDSHAKE_WEAK`). It never makes a report `ok`; `connections`
 * and each problem's `connection` say which connection found what. Sockets are closed, and timers
 * cleared, before the promise settles: nothing is left open. `timeoutMs` covers the whole check.
 * A non-TLS URL is judged without connecting (`NOT_HTTPS`). Network failures are reported, not
 * thrown.
 *
 * @throws {TlsCheckError} (as a rejection, before connecting) `INVALID_URL`, `INVALID_HOST`,
 * `NOT_A_STRING`, `INVALID_OPTION` (also for a `ca` that holds no certificate, a private key or a
 * damaged one), `UNKNOWN_TLS_VERSION`.
 *
 * @example
 * ```ts
 * // const report = await checkTls('https://example.zendesk.com/', { timeoutMs: 5000 });
 * // gives { ok: true, protocol: 'TLSv1.3', sni: { sent: true, servername: 'example.zendesk.com' }, ... }
 * // and for a server that only speaks TLS 1.1: { ok: false, protocol: 'TLSv1.1', problems:
 * // [{ code: 'PROTOCOL_TOO_OLD', connection: 'diagnostic', message: 'the server negotiated TLSv1.1, ...' }] }
 * (await checkTls('http://example.zendesk.com/')).problems[0].code; // => 'NOT_HTTPS'
 * ```
 */
export async function checkTls(url: string | URL, options?: CheckTlsOptions): Promise<TlsReport> {
  const settings = readOptions(options);
  const trusted = trust(settings.ca);
  const runtime = socketRuntime();
  const report = urlReport(url, runtime);
  if (!report.ok) return report;
  report.measured = true;
  const started = performance.now();
  // Node and Bun cannot offer SSL 3.0: a minimum below TLS 1.0 offers TLS 1.0.
  const offered: ConnectionSettings = {
    minVersion: VERSIONS[Math.max(settings.minRank, 1)] as ConnectionSettings['minVersion'],
    ciphers: null,
  };
  const { host, port, servername } = tlsConnectOptions(report.url);
  const attempt: Attempt = {
    host,
    port,
    servername,
    connected: false,
    lowestOffered: offered.minVersion,
    timeoutMs: settings.timeoutMs,
  };
  const connectAs = async (role: TlsConnectionRole, used: ConnectionSettings, timeoutMs: number) => {
    const outcome = await connect(attempt, () => secureContext(trusted, used), timeoutMs);
    report.connections.push(summary(role, used, outcome));
    return outcome;
  };

  // The default connection: the runtime's own settings with the options given. It decides.
  const first = await connectAs('default', offered, settings.timeoutMs);
  attempt.connected = first.connected;
  report.sni.sent = first.connected && attempt.servername !== undefined;
  // Only a handshake the server refused is worth a second look, with settings as low as the
  // runtime goes; not a missing route, nor local settings, nor a runtime that cannot go lower.
  const lowered = diagnosticSettings(runtime);
  const canLower =
    lowered.ciphers !== null || tlsVersionRank(lowered.minVersion) < tlsVersionRank(offered.minVersion);
  const left = settings.timeoutMs - (performance.now() - started);
  const second =
    !first.handshake &&
    first.connected &&
    failure(first, attempt).code === 'HANDSHAKE_FAILED' &&
    canLower &&
    left > 0
      ? await connectAs('diagnostic', lowered, left)
      : undefined;
  if (second) attempt.lowestOffered = lowered.minVersion;

  if (first.handshake || second?.handshake) {
    const role: TlsConnectionRole = first.handshake ? 'default' : 'diagnostic';
    const { problems, notes, ...handshake } = judgeHandshake(
      (first.handshake ? first : second) as Outcome,
      role,
      {
        minRank: settings.minRank,
        maxVersion: tls.DEFAULT_MAX_VERSION,
        attempt,
      },
    );
    Object.assign(report, handshake);
    report.problems.push(...problems.map((problem) => ({ ...problem, connection: role })));
    report.notes.push(...notes);
  }
  if (second?.handshake && report.problems.length === 0) {
    // The diagnostic connection completed and found nothing to name: what it lowered is the cause
    // when the server refused the default one in TLS (an alert, a local TLS refusal); a server
    // that only hung up may just have dropped that connection, and is reported as it did.
    report.problems.push(
      String(first.error?.code).startsWith('ERR_SSL_')
        ? { ...weakHandshakeProblem(second.keyExchange, lowered.ciphers), connection: 'diagnostic' }
        : { ...failure(first, attempt), connection: 'default' },
    );
  } else if (!first.handshake && !second?.handshake) {
    const problem = failure(first, attempt);
    report.problems.push({ ...problem, connection: 'default' });
    // Deno's rustls stops the handshake at a certificate it refuses, even when told not to.
    if (problem.code.startsWith('CERT_')) {
      Object.assign(report, { authorized: false, authorizationError: String(first.error?.code) });
    }
    if (problem.code === 'HANDSHAKE_FAILED' && !canLower) report.notes.push(LEGACY_NOT_PROBED);
  }
  // The default connection took the runtime's highest version and cipher list as they are set
  // (its lowest is minVersion): where they come from is checkRuntime's to say.
  const taken = loweredDefaults({
    runtime,
    defaultMinVersion: undefined,
    defaultMaxVersion: tls.DEFAULT_MAX_VERSION,
    defaultCiphers: tls.DEFAULT_CIPHERS,
    execArgv: [],
    nodeOptions: undefined,
  });
  if (taken.length > 0) report.notes.push(loweredDefaultsNote(taken));
  report.durationMs = Math.round((performance.now() - started) * 10) / 10;
  report.ok = report.problems.length === 0;
  return report;
}
