/// <reference types="node" />
import tls from 'node:tls';
import type { Trust } from './trust.ts';
import type { TlsVersion } from './version.ts';

/** How a connection is set up: the lowest version it offers, and a cipher list (`null`: the runtime's). */
export interface ConnectionSettings {
  minVersion: Exclude<TlsVersion, 'SSLv3'>;
  ciphers: string | null;
}

// Secure contexts are costly to build (the trust store, the cipher list): one per trust and
// settings, rebuilt when code changes the runtime's defaults (which the default connection takes).
const contexts = new WeakMap<Trust, Map<string, tls.SecureContext>>();

/**
 * The secure context of a connection: the runtime's own highest version and cipher list unless
 * `ciphers` is set (then it offers up to TLS 1.3 with those ciphers: the diagnostic connection),
 * and the trusted certificates of `trusted`. Throws what `tls.createSecureContext` throws.
 */
export function secureContext(
  trusted: Trust,
  { minVersion, ciphers }: ConnectionSettings,
): tls.SecureContext {
  const key = [minVersion, ciphers, tls.DEFAULT_CIPHERS, tls.DEFAULT_MAX_VERSION].join('|');
  const byKey = contexts.get(trusted) ?? new Map<string, tls.SecureContext>();
  contexts.set(trusted, byKey);
  let context = byKey.get(key);
  if (context === undefined) {
    context = tls.createSecureContext({
      minVersion,
      ...(ciphers === null ? {} : { ciphers, maxVersion: 'TLSv1.3' }),
      ...(trusted.ca === undefined ? {} : { ca: trusted.ca }),
    });
    byKey.set(key, context);
  }
  return context;
}
