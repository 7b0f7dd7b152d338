/** PEM texts of the test certificates. */
export interface KeyPair {
  key: string;
  cert: string;
}

export interface Certificates {
  ca: string;
  good: KeyPair;
  wrongName: KeyPair;
  noSni: KeyPair;
  expired: KeyPair;
  weak: KeyPair;
  sha1: KeyPair;
  rsa: KeyPair;
  sha1Chain: KeyPair;
  selfSigned: KeyPair;
}

export type ServerName =
  | 'legacy'
  | 'legacyWeak'
  | 'tls12'
  | 'tls13'
  | 'untrusted'
  | 'wrongName'
  | 'expired'
  | 'weak'
  | 'sha1'
  | 'sha1Chain'
  | 'sha1Signature'
  | 'sha1SignatureRsa'
  | 'sni'
  | 'sniRequired'
  | 'hang'
  | 'plain'
  | 'closed';

/** JSON-serialisable: what the conformance runners receive. */
export interface Fixtures {
  host: '127.0.0.1';
  /** The PEM of the test CA, which signed every server's certificate but `untrusted`'s. */
  ca: string;
  /** Another certificate (the untrusted server's), to pass as a `ca` that adds nothing useful. */
  otherCa: string;
  ports: Record<ServerName, number>;
}

export function makeCertificates(dir: string, openssl?: string): Certificates;

export function startServers(): Promise<{
  fixtures: Fixtures;
  sniNames: (string | false)[];
  close(): Promise<void>;
}>;
