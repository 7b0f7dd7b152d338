import type { TlsVersion } from './version.ts';

/** The runtimes with sockets, where `checkTls` performs a handshake. */
export type SocketRuntime = 'node' | 'bun' | 'deno';

/** Deno (`globalThis.Deno`), Bun (`globalThis.Bun`), else Node. */
export function socketRuntime(): SocketRuntime {
  const { Deno, Bun } = globalThis as { Deno?: unknown; Bun?: unknown };
  return Deno ? 'deno' : Bun ? 'bun' : 'node';
}

/** What the diagnostic connection lowers to, to see a server the default one could not. */
export interface DiagnosticSettings {
  /** The lowest version the runtime can offer at all. */
  minVersion: Extract<TlsVersion, 'TLSv1' | 'TLSv1.2'>;
  /** An OpenSSL cipher list, where the runtime needs one to accept what its defaults refuse. */
  ciphers: string | null;
}

/**
 * The diagnostic settings per runtime, the lowest each can go:
 * - Node (OpenSSL 3) offers TLS 1.0/1.1, SHA-1 handshake signatures and weak keys only at
 *   security level 0 (`@SECLEVEL=0`);
 * - Bun (BoringSSL) has no security levels and refuses OpenSSL's cipher syntax: `minVersion` alone;
 * - Deno (rustls) cannot go below TLS 1.2, nor accept what its defaults refuse.
 */
export function diagnosticSettings(runtime: SocketRuntime): DiagnosticSettings {
  if (runtime === 'deno') return { minVersion: 'TLSv1.2', ciphers: null };
  return { minVersion: 'TLSv1', ciphers: runtime === 'node' ? 'DEFAULT:@SECLEVEL=0' : null };
}
