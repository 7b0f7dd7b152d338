import type { TlsVersion, TlsVersionInput } from './version.ts';

/**
 * Where the check ran: `node`, `bun` and `deno` have sockets and measure; `browser`, `workerd`
 * (Cloudflare Workers) and `web` (another Web-standard runtime) give scripts no TLS socket.
 */
export type TlsRuntime = 'node' | 'bun' | 'deno' | 'browser' | 'workerd' | 'web';

/** Why a report is not `ok`. The package README explains each code and its fix. */
export type TlsProblemCode =
  | 'NOT_HTTPS'
  | 'DNS_FAILURE'
  | 'CONNECTION_REFUSED'
  | 'CONNECTION_FAILED'
  | 'TIMEOUT'
  | 'NOT_TLS'
  | 'HANDSHAKE_FAILED'
  | 'PROTOCOL_TOO_OLD'
  | 'CERT_UNTRUSTED'
  | 'CERT_WRONG_NAME'
  | 'CERT_EXPIRED'
  | 'CERT_NOT_YET_VALID'
  | 'CERT_WEAK'
  | 'HANDSHAKE_WEAK'
  | 'PERMISSION_DENIED'
  | 'TLS12_UNAVAILABLE';

/** What a report says without it being a problem. The package README explains each code. */
export type TlsNoteCode =
  | 'NOT_MEASURED'
  | 'LEGACY_NOT_PROBED'
  | 'DEFAULTS_LOWERED'
  | 'CERT_WEAK_ACCEPTED'
  | 'PERMISSION_DENIED';

/** Which connection of `checkTls` found something (see {@link TlsConnection}). */
export type TlsConnectionRole = 'default' | 'diagnostic';

/** One reason a report is not `ok`: a stable `code` and a plain-English `message` saying what to fix. */
export interface TlsProblem {
  code: TlsProblemCode;
  message: string;
  /** The connection that found it; absent when no connection did (a plain-HTTP URL, `checkRuntime`). */
  connection?: TlsConnectionRole;
}

/**
 * One TLS connection `checkTls` made. The `default` one uses this runtime's own TLS settings
 * with the options given, as the runtime's default client would, and alone decides `ok`. Only
 * when its handshake fails, and the runtime can offer less, a `diagnostic` one follows with
 * lowered settings (TLS 1.0, and OpenSSL's security level 0 in Node) to name the cause: an old
 * protocol, a weak certificate, a weak handshake signature. It never makes a report `ok`.
 */
export interface TlsConnection {
  role: TlsConnectionRole;
  /** The lowest version it offered (up to the runtime's highest). */
  minVersion: TlsVersion;
  /** The OpenSSL cipher list it set, `null` for the runtime's own. */
  ciphers: string | null;
  /** The negotiated version, `null` when its handshake did not complete. */
  protocol: TlsVersion | null;
  /** The code of the error that ended it (`ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION`...), `null` when none did. */
  error: string | null;
}

/** Something worth knowing that does not make a report fail. */
export interface TlsNote {
  code: TlsNoteCode;
  message: string;
}

/** Options of `checkTls`. */
export interface CheckTlsOptions {
  /** Give up (and close the socket) after this many milliseconds. Default 10000. */
  timeoutMs?: number;
  /**
   * CA certificates to trust besides the runtime's own (its roots, `NODE_EXTRA_CA_CERTS`), PEM
   * text (not a file path), for a private CA.
   */
  ca?: string | readonly string[];
  /** The lowest acceptable version, in any spelling `parseTlsVersion` takes. Default `'TLSv1.2'`. */
  minVersion?: TlsVersionInput;
}

/** What `checkTls` found. `ok` is true exactly when `problems` is empty. */
export interface TlsReport {
  ok: boolean;
  /** The origin checked (`https://host:port`): credentials, path and query are left out. */
  url: string;
  runtime: TlsRuntime;
  /** Whether a handshake was attempted; `false` where the runtime has no socket, or for a non-TLS URL. */
  measured: boolean;
  /**
   * The negotiated version, `null` when no handshake completed. This and `alpn`, `cipher`,
   * `authorized` and `authorizationError` come from the default connection when its handshake
   * completed, else from the diagnostic one when its did (`connections` tells).
   */
  protocol: TlsVersion | null;
  /**
   * `sent`: whether a ClientHello carrying SNI actually went out (the TCP connection opened and
   * the handshake started); false for a DNS failure, a refused connection, a TCP timeout, a
   * non-TLS URL, an IP address, and where the runtime has no socket. `servername`: the name sent,
   * or that would be sent (`null` for an IP address: RFC 6066 forbids it, or a non-TLS URL).
   */
  sni: { sent: boolean; servername: string | null };
  /** The ALPN protocol the server chose from `h2`, `http/1.1`; `null` when none. */
  alpn: string | null;
  /** The negotiated cipher suite, IANA name (`TLS_AES_256_GCM_SHA384`). */
  cipher: string | null;
  /** Whether the certificate chain is trusted and names the host; `null` when not measured. */
  authorized: boolean | null;
  /** The runtime's reason when `authorized` is false (`CERT_HAS_EXPIRED`, `ERR_TLS_CERT_ALTNAME_INVALID`...). */
  authorizationError: string | null;
  /** Milliseconds the whole check took (every connection); `null` when not measured. */
  durationMs: number | null;
  /** The connections made, the default one first; empty when none was. */
  connections: TlsConnection[];
  problems: TlsProblem[];
  notes: TlsNote[];
}

/** A TLS default that was changed for the worse. */
export interface LoweredSetting {
  /** `tls.DEFAULT_MIN_VERSION`, `tls.DEFAULT_MAX_VERSION`, `tls.DEFAULT_CIPHERS` or `NODE_TLS_REJECT_UNAUTHORIZED`. */
  setting: string;
  /** Its value now. */
  value: string;
  /** What changed it: `--tls-min-v1.0 on the command line`, `--tls-cipher-list in NODE_OPTIONS`, `set by code`, `environment`. */
  source: string;
}

/** What `checkRuntime` found. `ok` is true when the runtime can speak TLS 1.2 or newer with SNI. */
export interface RuntimeReport {
  ok: boolean;
  runtime: TlsRuntime;
  /** The runtime's version (`20.20.2`), `null` where unknown (browsers, Workers). */
  version: string | null;
  /** Whether the TLS settings could be read; `false` where the runtime keeps them to itself. */
  measured: boolean;
  /** Whether TLS 1.2 or newer can be negotiated with the current defaults. */
  tls12: boolean;
  /** Whether SNI is sent for host names. */
  sni: boolean;
  /** The default lowest and highest versions, `null` where not readable. */
  minVersion: TlsVersion | null;
  maxVersion: TlsVersion | null;
  /** Each default lowered from the runtime's own (`--tls-min-v1.0`, `NODE_TLS_REJECT_UNAUTHORIZED=0`...). */
  lowered: LoweredSetting[];
  problems: TlsProblem[];
  notes: TlsNote[];
}
