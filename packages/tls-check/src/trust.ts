/// <reference types="node" />
import { readFileSync } from 'node:fs';
import process from 'node:process';
import tls from 'node:tls';
import { checkCertificatePem } from './pem.ts';

// Checked `ca` lists and what they add, by their text: a check repeated with the same `ca` (a
// monitor, a benchmark) reads and checks the certificates once, and reuses its secure contexts.
const added = new Map<string, readonly string[]>();

/**
 * The file of NODE_EXTRA_CA_CERTS as Node read it at start, where a secure context's own store
 * leaves it out: Node 20 builds that store from the bundled roots only (Node 22.15 and later,
 * Bun and Deno put the extra certificates in, and have `tls.getCACertificates`). Node only warns
 * when it cannot read the file, and so do we: a check must not fail where the client works.
 */
function extraCertificates(): string[] {
  if ((tls as { getCACertificates?: unknown }).getCACertificates) return [];
  const { NODE_EXTRA_CA_CERTS: file } = process.env;
  try {
    return file ? [readFileSync(file, 'utf8')] : [];
  } catch {
    return [];
  }
}

/**
 * Checks each `ca` text (see `checkCertificatePem`) and returns the PEM texts to add to the
 * runtime's own trusted certificates (`secureContext` adds them): `ca`, and on Node 20 the file
 * of NODE_EXTRA_CA_CERTS. The same list (the same object) for the same texts; empty for none.
 */
export function trust(ca: readonly string[]): readonly string[] {
  // No ca at all: not cached, since `['']` joins to the same key and must still be checked.
  if (ca.length === 0) return [];
  const key = ca.join('\n');
  let known = added.get(key);
  if (known === undefined) {
    for (const [index, text] of ca.entries())
      checkCertificatePem(text, ca.length > 1 ? `ca[${index}]` : 'ca');
    known = [...extraCertificates(), ...ca];
    if (added.size >= 16) added.clear();
    added.set(key, known);
  }
  return known;
}
