/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Certificates, makeCertificates } from '../test/servers.mjs';
import { certificateStrength, type PeerCertificateLike, weakCertificate } from './weak-certificate.ts';

let certs: Certificates;
let dir: string;
const der = (pem: string): Uint8Array => new X509Certificate(pem).raw;
/** A self-signed certificate with this key, made by the openssl command line. */
const selfSigned = (name: string, key: string[], md = 'sha256'): Uint8Array => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      ...key,
      '-nodes',
      `-${md}`,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
      '-days',
      '1',
      '-subj',
      `/CN=${name}`,
    ],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
  return der(readFileSync(join(dir, `${name}.pem`), 'utf8'));
};
/** The certificates of a PEM bundle, linked leaf first as getPeerX509Certificate() links them. */
const chain = (pem: string): PeerCertificateLike => {
  const parts = pem.split(/(?<=-----END CERTIFICATE-----\n)/).filter(Boolean);
  return parts.reduceRight<PeerCertificateLike | undefined>(
    (issuerCertificate, part) => ({ raw: der(part), issuerCertificate }),
    undefined,
  ) as PeerCertificateLike;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'auth-tls-check-weak-'));
  certs = makeCertificates(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('certificateStrength (RFC 5280 section 4.1, X.690 DER)', () => {
  it('reads signature, key and self-issuance of real certificates', () => {
    expect(certificateStrength(der(certs.good.cert))).toEqual({
      signature: '2a8648ce3d040302', // ecdsa-with-SHA256
      selfIssued: false,
      key: { type: 'ec', bits: 256 },
    });
    expect(certificateStrength(der(certs.ca))).toMatchObject({
      selfIssued: true,
      key: { type: 'ec', bits: 256 },
    });
    expect(certificateStrength(der(certs.rsa.cert)).key).toEqual({ type: 'rsa', bits: 2048 });
    expect(certificateStrength(der(certs.weak.cert)).key).toEqual({ type: 'rsa', bits: 1024 });
    expect(certificateStrength(der(certs.sha1.cert)).signature).toBe('2a8648ce3d0401'); // ecdsa-with-SHA1
  });

  it('knows the sizes of named curves, and other key types', () => {
    expect(
      certificateStrength(selfSigned('p384', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384'])).key,
    ).toEqual({
      type: 'ec',
      bits: 384,
    });
    expect(
      certificateStrength(selfSigned('p192', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime192v1']))
        .key,
    ).toEqual({
      type: 'ec',
      bits: 192,
    });
    expect(certificateStrength(selfSigned('ed25519', ['-newkey', 'ed25519'])).key).toEqual({
      type: 'other',
      bits: 0,
    });
  });

  it('never throws on malformed or truncated DER', () => {
    const good = der(certs.good.cert);
    for (const bytes of [
      new Uint8Array(),
      new Uint8Array([0x30]),
      good.subarray(0, 40),
      good.subarray(0, 200),
      new Uint8Array(64).fill(0xff),
    ]) {
      expect(() => certificateStrength(bytes)).not.toThrow();
    }
  });
});

describe('weakCertificate', () => {
  it('passes sound chains: P-256 or RSA 2048, signed with SHA-256', () => {
    expect(weakCertificate(chain(certs.good.cert))).toBeUndefined();
    expect(weakCertificate(chain(certs.rsa.cert))).toBeUndefined();
    expect(weakCertificate(undefined)).toBeUndefined();
  });

  it('flags an RSA key under 2048 bits, and a curve under 224 bits', () => {
    expect(weakCertificate(chain(certs.weak.cert))).toBe('an RSA key of 1024 bits');
    const p192 = selfSigned('p192b', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime192v1']);
    expect(weakCertificate({ raw: p192 })).toBe('an elliptic-curve key of 192 bits');
  });

  it('flags a SHA-1 signature on the leaf, or on an intermediate the server sent', () => {
    expect(weakCertificate(chain(certs.sha1.cert))).toBe('a SHA-1 signature');
    expect(weakCertificate(chain(certs.sha1Chain.cert))).toBe('a SHA-1 signature');
    expect(
      weakCertificate(
        chain(`${certs.sha1Chain.cert.split('-----END CERTIFICATE-----')[0]}-----END CERTIFICATE-----\n`),
      ),
    ).toBeUndefined();
  });

  it('ignores the self-signature of a root the server sent, and stops on a loop', () => {
    const root = selfSigned('sha1-root', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], 'sha1');
    expect(certificateStrength(root)).toMatchObject({ selfIssued: true, signature: '2a8648ce3d0401' });
    const looped: PeerCertificateLike = { raw: root };
    looped.issuerCertificate = looped;
    expect(weakCertificate({ raw: der(certs.good.cert), issuerCertificate: looped })).toBeUndefined();
  });

  it.each([
    ['2a864886f70d010104', 'an MD5 signature'],
    ['2a864886f70d010102', 'an MD2 signature'],
    ['2a864886f70d010105', 'a SHA-1 signature'],
    ['2b0e03021d', 'a SHA-1 signature'],
    ['2a8648ce380403', 'a SHA-1 signature'],
  ])('knows the weak signature OID %s', (oid, words) => {
    const bytes = oid.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? [];
    // Certificate { tbsCertificate { serial, signature, issuer [CN=a], validity, subject [CN=b] }, signatureAlgorithm { oid } }
    const tbs = [0x02, 0x01, 0x01, 0x30, 0x00, 0x30, 0x01, 0x61, 0x30, 0x00, 0x30, 0x01, 0x62];
    const algorithm = [0x30, bytes.length + 2, 0x06, bytes.length, ...bytes];
    const body = [0x30, tbs.length, ...tbs, ...algorithm];
    const raw = new Uint8Array([0x30, 0x81, body.length, ...body]);
    expect(certificateStrength(raw)).toMatchObject({ signature: oid, selfIssued: false });
    expect(weakCertificate({ raw })).toBe(words);
  });
});
