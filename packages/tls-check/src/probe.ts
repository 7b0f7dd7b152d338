import type { TlsNote } from './types.ts';
import type { TlsVersion } from './version.ts';

/** The runtimes with sockets, where `checkTls` performs a handshake. */
export type SocketRuntime = 'node' | 'bun' | 'deno';

/** How a runtime's handshake is set up so that it can see as old a server as it can. */
export interface ProbeSettings {
  lowestOffered: Extract<TlsVersion, 'TLSv1' | 'TLSv1.2'>;
  /** OpenSSL's cipher string, where the runtime needs one to offer TLS 1.0/1.1. */
  ciphers?: string;
  /** Whether `ca` replaces the default roots (Node, Bun) rather than adding to them (Deno). */
  caReplacesRoots: boolean;
  /** Notes for a report whose handshake failed: what this runtime could not offer. */
  failureNotes: TlsNote[];
}

/** Deno (`globalThis.Deno`), Bun (`globalThis.Bun`), else Node. */
export function socketRuntime(): SocketRuntime {
  const { Deno, Bun } = globalThis as { Deno?: unknown; Bun?: unknown };
  return Deno ? 'deno' : Bun ? 'bun' : 'node';
}

/**
 * The handshake settings per runtime. To tell a TLS 1.0/1.1-only server from a broken one,
 * the check offers versions from TLS 1.0 up and judges what the server picks:
 * - Node (OpenSSL 3) offers TLS 1.0/1.1 only at security level 0 (`@SECLEVEL=0`);
 * - Bun (BoringSSL) offers them with `minVersion` alone and refuses OpenSSL cipher syntax;
 * - Deno (rustls) cannot go below TLS 1.2, which the report says in a `LEGACY_NOT_PROBED` note;
 *   its `ca` adds to the roots (and reading `tls.rootCertificates` there needs `--allow-sys`).
 */
export function probeSettings(runtime: SocketRuntime): ProbeSettings {
  if (runtime === 'deno') {
    return {
      lowestOffered: 'TLSv1.2',
      caReplacesRoots: false,
      failureNotes: [
        {
          code: 'LEGACY_NOT_PROBED',
          message:
            "Deno's TLS (rustls) offers only TLS 1.2 and 1.3: a server limited to TLS 1.0 or 1.1 shows here as HANDSHAKE_FAILED, without its version; check from Node or Bun to see it",
        },
      ],
    };
  }
  return runtime === 'bun'
    ? { lowestOffered: 'TLSv1', caReplacesRoots: true, failureNotes: [] }
    : { lowestOffered: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0', caReplacesRoots: true, failureNotes: [] };
}
