import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import {
  compareTlsVersions,
  isTlsVersionAllowed,
  MIN_TLS_VERSION,
  parseTlsVersion,
  TlsCheckError,
  type TlsVersionInput,
} from './index.ts';
import { tlsVersionRank, versionOrNull } from './version.ts';

describe('parseTlsVersion', () => {
  it.each(vectors.versionSpellings)('%j is %s', (input, expected) => {
    expect(parseTlsVersion(input)).toBe(expected);
  });

  it.each(vectors.invalidVersions)('refuses %j with %s', (input, code, message) => {
    const error = expectThrows(() => parseTlsVersion(input as TlsVersionInput), TlsCheckError, code);
    expect(error.message).toBe(`[@auth/tls-check] ${message}`);
  });

  it.each([
    ['12', 12],
    ['13', 13],
    ['10', 10],
    ['11', 11],
  ] as const)('refuses the bare digits %j and the number %j alike, and takes Tls%s', (text, number) => {
    for (const input of [text, number]) {
      expectThrows(() => parseTlsVersion(input), TlsCheckError, 'UNKNOWN_TLS_VERSION', {
        words: ['version is not a TLS version; pass one like TLSv1.2'],
      });
    }
    expect(parseTlsVersion(`Tls${text}`)).toBe(parseTlsVersion(`${text[0]}.${text[1]}`));
  });

  it('refuses long hostile input with its message, without echoing it', () => {
    for (const input of ['tls'.repeat(50_000), `${'1_'.repeat(50_000)}x`, `0x${'0'.repeat(100_000)}`]) {
      const error = expectThrows(() => parseTlsVersion(input), TlsCheckError, 'UNKNOWN_TLS_VERSION');
      expect(error.message.length).toBeLessThan(100);
    }
  });

  it('names the field it reads: minVersion for the option of checkTls', () => {
    expect(tlsVersionRank('TLS 1.3', 'minVersion')).toBe(4);
    expectThrows(() => tlsVersionRank('TLSv9', 'minVersion'), TlsCheckError, 'UNKNOWN_TLS_VERSION', {
      words: ['minVersion is not a TLS version'],
    });
  });
});

describe('versionOrNull', () => {
  it('reads what a runtime reports, and never throws', () => {
    expect(versionOrNull('TLSv1.3')).toBe('TLSv1.3');
    expect(versionOrNull('TLSv1')).toBe('TLSv1');
    for (const value of [null, undefined, 'unknown', '', 771, {}]) expect(versionOrNull(value)).toBeNull();
  });
});

describe('compareTlsVersions', () => {
  it.each(vectors.comparisons)('compares %j with %j: %i', (a, b, expected) => {
    expect(compareTlsVersions(a, b)).toBe(expected);
  });

  it('sorts versions in any spelling', () => {
    expect(['TLSv1.3', 'TLSv1', 'SSLv3', 'TLSv1.2'].sort(compareTlsVersions)).toEqual([
      'SSLv3',
      'TLSv1',
      'TLSv1.2',
      'TLSv1.3',
    ]);
  });

  it('throws UNKNOWN_TLS_VERSION for either side', () => {
    expectThrows(() => compareTlsVersions('TLSv1.2', 'TLSv9'), TlsCheckError, 'UNKNOWN_TLS_VERSION');
    expectThrows(() => compareTlsVersions('x', 'TLSv1.2'), TlsCheckError, 'UNKNOWN_TLS_VERSION');
  });
});

describe('isTlsVersionAllowed and MIN_TLS_VERSION', () => {
  it('is TLS 1.2', () => {
    expect(MIN_TLS_VERSION).toBe('TLSv1.2');
  });

  it.each(vectors.allowed)('%s against %s: %s', (version, min, expected) => {
    expect(min === undefined ? isTlsVersionAllowed(version) : isTlsVersionAllowed(version, min)).toBe(
      expected,
    );
  });

  it('throws UNKNOWN_TLS_VERSION for a bad version or minimum', () => {
    expectThrows(() => isTlsVersionAllowed('TLSv1.4'), TlsCheckError, 'UNKNOWN_TLS_VERSION');
    expectThrows(() => isTlsVersionAllowed('TLSv1.2', 'new'), TlsCheckError, 'UNKNOWN_TLS_VERSION');
  });
});
