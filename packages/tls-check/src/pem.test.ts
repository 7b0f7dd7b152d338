/// <reference types="node" />
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import { type Certificates, makeCertificates } from '../test/servers.mjs';
import { TlsCheckError } from './errors.ts';
import { checkCertificatePem } from './pem.ts';

let certs: Certificates;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'auth-tls-check-pem-'));
  certs = makeCertificates(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Private keys in every PEM form a CA's folder holds: PKCS #8, PKCS #1, SEC 1, encrypted PKCS #8. */
const privateKeys = (): string[] => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  return [
    ec.export({ type: 'pkcs8', format: 'pem' }) as string,
    rsa.export({ type: 'pkcs1', format: 'pem' }) as string,
    ec.export({ type: 'sec1', format: 'pem' }) as string,
    ec.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' }) as string,
  ];
};

const damaged = (pem: string): string => {
  const lines = pem.split('\n');
  return [...lines.slice(0, 3), ...lines.slice(4)].join('\n');
};

describe('checkCertificatePem', () => {
  it('takes one certificate, a bundle, explanatory text around them (RFC 7468 5.2), and the trusted form', () => {
    checkCertificatePem(certs.ca, 'ca');
    checkCertificatePem(`${certs.ca}${certs.good.cert}`, 'ca');
    checkCertificatePem(`Our test CA\nissued 2026\n${certs.ca}\nend of file\n`, 'ca');
    checkCertificatePem(certs.ca.replaceAll('CERTIFICATE-----', 'TRUSTED CERTIFICATE-----'), 'ca');
  });

  it.each(vectors.invalidCaTexts)(
    'refuses %s with INVALID_OPTION, saying what it is',
    (_what, text, message) => {
      const given =
        text === 'PRIVATE_KEY' ? (privateKeys()[0] as string) : text === 'DAMAGED' ? damaged(certs.ca) : text;
      const error = expectThrows(() => checkCertificatePem(given, 'ca'), TlsCheckError, 'INVALID_OPTION');
      expect(error.message).toBe(`[@auth/tls-check] ${message}`);
    },
  );

  it('refuses a private key of any form without ever showing it', () => {
    for (const key of privateKeys()) {
      const label = /-----BEGIN ([A-Z ]+)-----/.exec(key)?.[1];
      const secrets = key.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----'));
      const error = expectThrows(() => checkCertificatePem(key, 'ca'), TlsCheckError, 'INVALID_OPTION', {
        words: [`ca is a private key (-----BEGIN ${label}-----), not a certificate`],
        secrets,
      });
      expect(error.cause).toBeUndefined();
    }
  });

  it('names the block at fault in a bundle, and the field it was given', () => {
    const [key = ''] = privateKeys();
    expectThrows(() => checkCertificatePem(`${certs.ca}${key}`, 'ca[1]'), TlsCheckError, 'INVALID_OPTION', {
      words: ['PEM block 2 of ca[1] is a private key'],
    });
    expectThrows(
      () => checkCertificatePem(`${certs.ca}${damaged(certs.ca)}`, '--ca ca.pem'),
      TlsCheckError,
      'INVALID_OPTION',
      {
        words: ['PEM block 2 of --ca ca.pem is a damaged certificate'],
      },
    );
    expectThrows(
      () => checkCertificatePem('not pem', '--ca x.txt', 'pass a PEM file'),
      TlsCheckError,
      'INVALID_OPTION',
      {
        words: ['--ca x.txt is not PEM text (-----BEGIN CERTIFICATE-----...); pass a PEM file'],
      },
    );
  });

  it('skips what only looks like a block: an unfinished one, a label that is no PEM label', () => {
    checkCertificatePem(`${certs.ca}-----BEGIN CERTIFICATE-----\nMIIB\n`, 'ca');
    // A BEGIN line without its END before a whole block makes one broken block.
    expectThrows(
      () => checkCertificatePem(`-----BEGIN CERTIFICATE-----\n${certs.ca}`, 'ca'),
      TlsCheckError,
      'INVALID_OPTION',
      {
        words: ['ca is a damaged certificate'],
      },
    );
    checkCertificatePem(`-----BEGIN lower case-----\nx\n-----END lower case-----\n${certs.ca}`, 'ca');
    expectThrows(
      () => checkCertificatePem('-----BEGIN '.repeat(20_000), 'ca'),
      TlsCheckError,
      'INVALID_OPTION',
      {
        words: ['ca holds no complete PEM block'],
      },
    );
  });
});
