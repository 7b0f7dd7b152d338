/// <reference types="node" />
import tls from 'node:tls';
import type { TlsVersion } from './version.ts';

/** How a connection is set up: the lowest version it offers, and a cipher list (`null`: the runtime's). */
export interface ConnectionSettings {
  minVersion: Exclude<TlsVersion, 'SSLv3'>;
  ciphers: string | null;
}

// Secure contexts are costly to build (the trust store, the cipher list): one per trusted list
// and settings, rebuilt when code changes the runtime's defaults (which the default connection takes).
const contexts = new WeakMap<readonly string[], Map<string, tls.SecureContext>>();

/**
 * The secure context of a connection: the runtime's own highest version and cipher list unless
 * `ciphers` is set (then it offers up to TLS 1.3 with those ciphers: the diagnostic connection),
 * and the runtime's own trusted certificates with the PEM texts of `added` (see `trust`).
 *
 * The certificates are added to the context's store (`addCACert`, which `node:tls` itself uses
 * for `ca`), not passed as `ca`: `ca` replaces the runtime's store, and joining the store back in
 * as text would leave out what it does not list (`--use-openssl-ca`'s system store) and, in Deno,
 * whose secure context is a record that every handshake parses again, cost each handshake the
 * parsing of some 150 root certificates. Throws what `tls.createSecureContext` throws.
 */
export function secureContext(
  added: readonly string[],
  { minVersion, ciphers }: ConnectionSettings,
): tls.SecureContext {
  const key = [minVersion, ciphers, tls.DEFAULT_CIPHERS, tls.DEFAULT_MAX_VERSION].join('|');
  const byKey = contexts.get(added) ?? new Map<string, tls.SecureContext>();
  contexts.set(added, byKey);
  let context = byKey.get(key);
  if (context === undefined) {
    context = tls.createSecureContext({
      minVersion,
      ...(ciphers === null ? {} : { ciphers, maxVersion: 'TLSv1.3' }),
    });
    for (const pem of added) context.context.addCACert(pem);
    byKey.set(key, context);
  }
  return context;
}
