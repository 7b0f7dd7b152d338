/// <reference types="node" />
import { readFileSync } from 'node:fs';
import process from 'node:process';
import tls from 'node:tls';
import { checkCertificatePem } from './pem.ts';
import { missingPermission } from './permission.ts';

/** What a check trusts: the certificates to pass as `ca`, or none to keep the runtime's own. */
export interface Trust {
  /**
   * The PEM certificates to pass as `ca`, joined in one text (Deno's `node:tls` reads them again
   * for every connection, a third faster so than as a list); `undefined`: no `ca` given, the
   * runtime's own trust store as it is.
   */
  ca: string | undefined;
  /** The Deno flag that would let the runtime's own certificates be added to `ca`, when they could not be read. */
  missingFlag: string | undefined;
}

// Checked `ca` lists and what they resolve to, by their text: a check repeated with the same
// `ca` (a monitor, a benchmark) reads and parses the certificates once.
const trusted = new Map<string, Trust>();

/** The runtime's own CA certificates: what its default client trusts without `ca`. */
function runtimeCertificates(): string[] {
  // Node 22.15+, Bun, Deno: the bundled roots, NODE_EXTRA_CA_CERTS, and the system store where enabled.
  const withStore = tls as { getCACertificates?: (kind: 'default') => string[] };
  if (withStore.getCACertificates) return withStore.getCACertificates('default');
  // Node 20: the bundled roots, and the file of NODE_EXTRA_CA_CERTS as Node read it at start
  // (Node only warns when it cannot, and so do we: a check must not fail where the client works).
  const { NODE_EXTRA_CA_CERTS: extra } = process.env;
  let extraPem: string[] = [];
  try {
    if (extra) extraPem = [readFileSync(extra, 'utf8')];
  } catch {}
  return [...tls.rootCertificates, ...extraPem];
}

/**
 * Checks each `ca` text (see `checkCertificatePem`) and adds them to the runtime's own
 * certificates: in `node:tls`, `ca` replaces the default store (Node, Bun and Deno alike), which
 * would drop NODE_EXTRA_CA_CERTS and turn a server the runtime trusts into an untrusted one.
 * Deno reads its own store only with `--allow-sys`; without it the check trusts `ca` alone and
 * says which flag would add the rest.
 */
export function trust(ca: readonly string[]): Trust {
  if (ca.length === 0) return { ca: undefined, missingFlag: undefined };
  const key = ca.join('\n');
  let known = trusted.get(key);
  if (known === undefined) {
    for (const [index, text] of ca.entries())
      checkCertificatePem(text, ca.length > 1 ? `ca[${index}]` : 'ca');
    try {
      known = { ca: [...runtimeCertificates(), ...ca].join('\n'), missingFlag: undefined };
    } catch (error) {
      // Deno without --allow-sys: "Requires sys access to "ca", run again with the --allow-sys flag".
      const missingFlag = missingPermission(error);
      if (missingFlag === undefined) throw error;
      known = { ca: ca.join('\n'), missingFlag };
    }
    if (trusted.size >= 16) trusted.clear();
    trusted.set(key, known);
  }
  return known;
}
