/// <reference types="node" />
import tls from 'node:tls';
import type { PeerCertificateLike } from './weak-certificate.ts';

// What the ClientHello offers for ALPN (RFC 7301), as browsers do, so the report shows the server's pick.
const ALPN = ['h2', 'http/1.1'];

/** Where a connection goes: `servername` is the SNI name, `undefined` for an IP address. */
export interface Target {
  host: string;
  port: number;
  servername: string | undefined;
}

/** An error as Node, Bun and Deno report it: `code` (`ECONNREFUSED`...), else `name` (`NotCapable`). */
export interface ConnectionError {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

/** What one connection saw. The handshake fields are `null` unless `handshake` is true. */
export interface Outcome {
  /** Whether the connection could be set up at all (its secure context, its options). */
  started: boolean;
  /** Whether the TCP connection opened: then the ClientHello (with SNI) went out. */
  connected: boolean;
  /** Whether the TLS handshake completed. */
  handshake: boolean;
  timedOut: boolean;
  /** The error that ended it before its handshake completed, if one was reported. */
  error: ConnectionError | undefined;
  /** As `socket.getProtocol()` says (`TLSv1.3`). */
  protocol: string | null;
  /** The IANA name of the cipher suite (`TLS_AES_256_GCM_SHA384`). */
  cipher: string | null;
  alpn: string | null;
  authorized: boolean;
  authorizationError: string | null;
  /** The certificates the server sent, leaf first. */
  certificate: PeerCertificateLike | undefined;
  /** The ephemeral key exchange (`{ type: 'DH', size: 1024 }`), where the runtime says. */
  keyExchange: { type?: string; size?: number } | undefined;
}

/**
 * Makes one TLS connection to `target` with `context` (its versions, ciphers and trusted
 * certificates), reads what the handshake showed, and resolves once the socket has closed and its
 * timer is cleared: nothing is left open. Certificates are verified, not refused
 * (`rejectUnauthorized: false`, then `socket.authorized`), so that one handshake shows both the
 * version and the certificate's verdict. Never rejects.
 */
export function connect(
  target: Target,
  context: () => tls.SecureContext,
  timeoutMs: number,
): Promise<Outcome> {
  const outcome: Outcome = {
    started: false,
    connected: false,
    handshake: false,
    timedOut: false,
    error: undefined,
    protocol: null,
    cipher: null,
    alpn: null,
    authorized: false,
    authorizationError: null,
    certificate: undefined,
    keyExchange: undefined,
  };
  return new Promise((resolve) => {
    let socket: tls.TLSSocket;
    try {
      socket = tls.connect({
        host: target.host,
        port: target.port,
        ...(target.servername === undefined ? {} : { servername: target.servername }),
        secureContext: context(),
        rejectUnauthorized: false,
        ALPNProtocols: ALPN,
      });
    } catch (error) {
      // A cipher list the runtime cannot parse (BoringSSL and `@SECLEVEL`), a missing permission.
      outcome.error = error as ConnectionError;
      resolve(outcome);
      return;
    }
    outcome.started = true;
    const timer = setTimeout(() => {
      outcome.timedOut = !outcome.handshake;
      socket.destroy();
    }, timeoutMs);
    // The TCP connection is open: `tls.connect` writes the ClientHello (with SNI) right away.
    socket.once('connect', () => {
      outcome.connected = true;
    });
    socket.once('secureConnect', () => {
      const cipher = socket.getCipher();
      Object.assign(outcome, {
        connected: true,
        handshake: true,
        protocol: socket.getProtocol(),
        cipher: cipher ? (cipher.standardName ?? cipher.name) : null,
        alpn: socket.alpnProtocol || null,
        authorized: socket.authorized,
        authorizationError: socket.authorizationError ? String(socket.authorizationError) : null,
        // The certificates the server sent, cheaply (getPeerCertificate(true) costs a tenth of a handshake).
        certificate: socket.getPeerX509Certificate(),
        keyExchange: socket.getEphemeralKeyInfo?.() ?? undefined,
      });
      // end() flushes the last handshake message and close_notify; then nothing waits for the peer.
      socket.end(() => socket.destroy());
    });
    socket.on('error', (error: ConnectionError) => {
      if (!outcome.handshake && !outcome.timedOut) outcome.error ??= error;
      socket.destroy();
    });
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(outcome);
    });
  });
}
