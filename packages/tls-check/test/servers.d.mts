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
  | 'tls12'
  | 'tls13'
  | 'untrusted'
  | 'wrongName'
  | 'expired'
  | 'weak'
  | 'sha1'
  | 'sha1Chain'
  | 'sni'
  | 'hang'
  | 'plain'
  | 'closed';

/** JSON-serialisable: what the conformance runners receive. */
export interface Fixtures {
  host: '127.0.0.1';
  ca: string;
  ports: Record<ServerName, number>;
}

export function makeCertificates(dir: string, openssl?: string): Certificates;

export function startServers(): Promise<{
  fixtures: Fixtures;
  sniNames: (string | false)[];
  close(): Promise<void>;
}>;
