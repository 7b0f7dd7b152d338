import { tlsConnectOptions } from './connect-options.ts';
import type { TlsReport, TlsRuntime } from './types.ts';
import { isTlsScheme, notHttpsMessage, toUrl } from './url.ts';

/**
 * The report of what the URL alone says: `ok` when it uses `https:`/`wss:`, the SNI name it
 * implies, nothing measured yet and nothing sent (`sni.sent` is false until a ClientHello goes
 * out). Runtimes with sockets go on to fill in the handshake.
 */
export function urlReport(url: unknown, runtime: TlsRuntime): TlsReport {
  const parsed = toUrl(url);
  const scheme = parsed.protocol;
  const ok = isTlsScheme(scheme);
  return {
    ok,
    url: `${scheme}//${parsed.host}`,
    runtime,
    measured: false,
    protocol: null,
    // A TLS URL must name a destination: tlsConnectOptions refuses port 0 and a bad host name.
    sni: { sent: false, servername: (ok && tlsConnectOptions(parsed).servername) || null },
    alpn: null,
    cipher: null,
    authorized: null,
    authorizationError: null,
    durationMs: null,
    connections: [],
    problems: ok ? [] : [{ code: 'NOT_HTTPS', message: notHttpsMessage(scheme) }],
    notes: [],
  };
}
