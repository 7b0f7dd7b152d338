// Properties (fast-check, fixed seeds) of the pure functions, beyond what the conformance suite's
// properties already check in every runtime: more runs, and the shapes of hostile input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectNoSecret } from '../../../config/expect-error.ts';
import { errorCodes, SECRET } from '../../../conformance/vectors/tls-check.js';
import {
  assertHttpsUrl,
  compareTlsVersions,
  parseTlsVersion,
  sniServername,
  TlsCheckError,
  type TlsVersion,
  tlsConnectOptions,
} from './index.ts';

const CANONICAL: readonly TlsVersion[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** Runs `fn`; a throw must be a TlsCheckError with a known code, showing no secret. */
const settles = (fn: () => unknown): void => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TlsCheckError);
    expect(errorCodes).toContain((error as TlsCheckError).code);
    expectNoSecret(error, [SECRET]);
  }
};

describe('parseTlsVersion', () => {
  it('returns a canonical name or throws UNKNOWN_TLS_VERSION, whatever the string or number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.double(),
          fc.integer(),
          fc.stringMatching(/^([Tt][Ll][Ss]|[Ss][Ss][Ll])?[ vV_]?[0-9][._]?[0-9]?$/),
        ),
        (input) => {
          try {
            expect(CANONICAL).toContain(parseTlsVersion(input));
          } catch (error) {
            expect(error).toBeInstanceOf(TlsCheckError);
            expect((error as TlsCheckError).code).toBe('UNKNOWN_TLS_VERSION');
          }
        },
      ),
      { seed: 5, numRuns: 3000 },
    );
  });

  it('ignores case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('TLSv1.2', 'tls 1.3', 'Tls1_1', 'SSLv3', 'tls1_2_version', '0x0303'),
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        (spelling, upper) => {
          const mixed = [...spelling].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('');
          expect(parseTlsVersion(mixed)).toBe(parseTlsVersion(spelling));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('compares antisymmetrically, as the wire numbers do', () => {
    const version = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(version, version, (a, b) => {
        const result = compareTlsVersions(CANONICAL[a] as TlsVersion, 0x0300 + b);
        expect(result).toBe(Math.sign(a - b));
        expect(compareTlsVersions(0x0300 + b, CANONICAL[a] as TlsVersion)).toBe(-result || 0);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('sniServername', () => {
  it('gives a lower-case DNS name within RFC 1035 limits, undefined, or INVALID_HOST', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.domain(),
          fc.ipV4(),
          fc.ipV6(),
          fc.stringMatching(/^[a-zA-Z*.:[\]0-9_-]{1,300}$/),
        ),
        (host) => {
          try {
            const name = sniServername(host);
            if (name !== undefined) {
              expect(name).toBe(name.toLowerCase());
              expect(name).toMatch(/^[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*$/);
              expect(name.length).toBeLessThanOrEqual(253);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(TlsCheckError);
            expect(['INVALID_HOST', 'NOT_A_STRING']).toContain((error as TlsCheckError).code);
          }
        },
      ),
      { seed: 13, numRuns: 2000 },
    );
  });

  it('sends every domain, lower-cased, and never an IP address', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        expect(sniServername(domain)).toBe(domain.toLowerCase());
        expect(sniServername(`${domain}.`)).toBe(domain.toLowerCase());
      }),
      { seed: 17, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => {
        expect(sniServername(ip)).toBeUndefined();
        expect(sniServername(ip.includes(':') ? `[${ip}]` : ip)).toBeUndefined();
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});

describe('URLs', () => {
  it('never throw anything but TlsCheckError, nor show the credentials of a URL', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('http', 'ws', 'ftp', 'https', 'wss', 'htt p', ''),
        fc.constantFrom('', '\n', ' ', '\t', '\r\n', '\u0000'),
        fc.oneof(fc.domain(), fc.string(), fc.constant('[::1]:0')),
        (scheme, junk, host) => {
          const url = `${scheme}://jdoe%40example.com%2Ftoken:${SECRET}@${host}/${junk}?token=${SECRET}`;
          settles(() => assertHttpsUrl(url));
          settles(() => tlsConnectOptions(url));
        },
      ),
      { seed: 3, numRuns: 500 },
    );
  });
});
