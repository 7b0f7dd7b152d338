import { sniServername } from './sni.ts';
import type { TlsReport, TlsRuntime } from './types.ts';
import { isTlsScheme, notHttpsMessage, toUrl } from './url.ts';

/**
 * The report of what the URL alone says: `ok` when it uses `https:`/`wss:`, the SNI name it
 * implies, nothing measured yet. Runtimes with sockets go on to fill in the handshake.
 */
export function urlReport(url: string | URL, runtime: TlsRuntime): TlsReport {
  const parsed = toUrl(url);
  const scheme = parsed.protocol;
  const ok = isTlsScheme(scheme);
  const servername = (ok && sniServername(parsed.hostname)) || null;
  return {
    ok,
    url: `${scheme}//${parsed.host}`,
    runtime,
    measured: false,
    protocol: null,
    lowestOffered: null,
    sni: { sent: servername !== null, servername },
    alpn: null,
    cipher: null,
    authorized: null,
    authorizationError: null,
    durationMs: null,
    problems: ok ? [] : [{ code: 'NOT_HTTPS', message: notHttpsMessage(scheme) }],
    notes: [],
  };
}
