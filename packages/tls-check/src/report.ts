import { sniServername } from './sni.ts';
import type { TlsReport, TlsRuntime } from './types.ts';
import { isTlsScheme, notHttpsMessage, tlsPort, toUrl } from './url.ts';

/**
 * The report of what the URL alone says: `ok` when it uses `https:`/`wss:`, the SNI name it
 * implies, nothing measured yet and nothing sent (`sni.sent` is false until a ClientHello goes
 * out). Runtimes with sockets go on to fill in the handshake.
 */
export function urlReport(url: unknown, runtime: TlsRuntime): TlsReport {
  const parsed = toUrl(url);
  const scheme = parsed.protocol;
  const ok = isTlsScheme(scheme);
  // A TLS URL must name a destination: no port 0, no empty label (both throw).
  if (ok) tlsPort(parsed);
  const servername = (ok && sniServername(parsed.hostname)) || null;
  return {
    ok,
    url: `${scheme}//${parsed.host}`,
    runtime,
    measured: false,
    protocol: null,
    sni: { sent: false, servername },
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
