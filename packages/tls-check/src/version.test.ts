import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareTlsVersions,
  isTlsVersionAllowed,
  MIN_TLS_VERSION,
  parseTlsVersion,
  TlsCheckError,
  type TlsVersion,
} from './index.ts';

const CANONICAL: readonly TlsVersion[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

describe('parseTlsVersion', () => {
  it.each([
    // OpenSSL and Node
    ['TLSv1.2', 'TLSv1.2'],
    ['TLSv1.3', 'TLSv1.3'],
    ['TLSv1', 'TLSv1'],
    ['TLSv1.0', 'TLSv1'],
    ['TLSv1.1', 'TLSv1.1'],
    ['SSLv3', 'SSLv3'],
    // RFC titles
    ['TLS 1.2', 'TLSv1.2'],
    ['TLS 1.0', 'TLSv1'],
    ['SSL 3.0', 'SSLv3'],
    ['tls v1.3', 'TLSv1.3'],
    // OpenSSL constants, Python, .NET, Go
    ['tls1_2', 'TLSv1.2'],
    ['TLS1_2_VERSION', 'TLSv1.2'],
    ['TLS1_VERSION', 'TLSv1'],
    ['SSL3_VERSION', 'SSLv3'],
    ['TLSv1_1', 'TLSv1.1'],
    ['TLS_1_3', 'TLSv1.3'],
    ['Tls12', 'TLSv1.2'],
    ['tls13', 'TLSv1.3'],
    ['ssl3', 'SSLv3'],
    // bare numbers
    ['1.2', 'TLSv1.2'],
    ['1.0', 'TLSv1'],
    ['1', 'TLSv1'],
    ['1.3', 'TLSv1.3'],
    // wire numbers (RFC 8446 appendix E.1)
    ['0x0303', 'TLSv1.2'],
    ['0X0304', 'TLSv1.3'],
    ['0x301', 'TLSv1'],
    ['0x0300', 'SSLv3'],
    [0x0303, 'TLSv1.2'],
    [0x0304, 'TLSv1.3'],
    [0x0300, 'SSLv3'],
    [771, 'TLSv1.2'],
    [1.2, 'TLSv1.2'],
    [1, 'TLSv1'],
  ] as const)('%j is %s', (input, expected) => {
    expect(parseTlsVersion(input)).toBe(expected);
  });

  it.each([
    '',
    'TLS',
    'TLSv1.4',
    '1.4',
    '2',
    '3',
    'SSLv2',
    'SSL 2.0',
    'SSLv3.1',
    'TLSv3',
    'DTLSv1.2',
    ' TLSv1.2',
    'TLSv1.2 ',
    'TLSv1.2\n',
    'TLS  1.2',
    '0x0305',
    '0x0203',
    'v1.2',
    'tls1..2',
    'QUIC',
  ])('refuses %j with UNKNOWN_TLS_VERSION and a message that shows the spellings', (input) => {
    const error = (() => {
      try {
        parseTlsVersion(input);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(TlsCheckError);
    expect(error).toMatchObject({
      code: 'UNKNOWN_TLS_VERSION',
      message: '[@auth/tls-check] version is not a TLS version; write TLSv1.2, TLS 1.2, 1.2 or 0x0303',
    });
  });

  it.each([0x0305, 0x02ff, 770.5, 12, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, []])(
    'refuses the value %j',
    (input) => {
      expect(() => parseTlsVersion(input as never)).toThrow(
        expect.objectContaining({ name: 'TlsCheckError', code: 'UNKNOWN_TLS_VERSION' }),
      );
    },
  );

  it.each([
    ['12', 12],
    ['13', 13],
    ['10', 10],
    ['11', 11],
  ] as const)(
    'refuses the bare digits %j and the number %j alike (ambiguous: 1.2 or 0x0c?)',
    (text, number) => {
      for (const input of [text, number]) {
        expect(() => parseTlsVersion(input)).toThrow(
          expect.objectContaining({
            code: 'UNKNOWN_TLS_VERSION',
            message: '[@auth/tls-check] version is not a TLS version; write TLSv1.2, TLS 1.2, 1.2 or 0x0303',
          }),
        );
      }
      // The prefixed and the dotted spellings stay accepted.
      expect(parseTlsVersion(`Tls${text}`)).toBe(parseTlsVersion(`${text[0]}.${text[1]}`));
    },
  );

  it('round-trips every canonical name and its wire number', () => {
    CANONICAL.forEach((version, index) => {
      expect(parseTlsVersion(version)).toBe(version);
      expect(parseTlsVersion(0x0300 + index)).toBe(version);
      expect(parseTlsVersion(`0x030${index}`)).toBe(version);
    });
  });

  it('returns a canonical name or throws TlsCheckError, whatever the input', () => {
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

  it('stays linear on long hostile input', () => {
    const started = performance.now();
    for (const input of ['tls'.repeat(50_000), `${'1_'.repeat(50_000)}x`, `0x${'0'.repeat(100_000)}`]) {
      expect(() => parseTlsVersion(input)).toThrow(TlsCheckError);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('compareTlsVersions', () => {
  it('orders versions in any spelling', () => {
    expect(compareTlsVersions('TLSv1.1', 'TLS 1.2')).toBe(-1);
    expect(compareTlsVersions('1.2', 0x0303)).toBe(0);
    expect(compareTlsVersions('tls1_3', 'SSLv3')).toBe(1);
    expect(['TLSv1.3', 'TLSv1', 'SSLv3', 'TLSv1.2'].sort(compareTlsVersions)).toEqual([
      'SSLv3',
      'TLSv1',
      'TLSv1.2',
      'TLSv1.3',
    ]);
  });

  it('is antisymmetric and agrees with the wire numbers', () => {
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

  it('throws UNKNOWN_TLS_VERSION for either side', () => {
    expect(() => compareTlsVersions('TLSv1.2', 'TLSv9')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TLS_VERSION' }),
    );
    expect(() => compareTlsVersions('x', 'TLSv1.2')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TLS_VERSION' }),
    );
  });
});

describe('isTlsVersionAllowed and MIN_TLS_VERSION', () => {
  it('is TLS 1.2', () => {
    expect(MIN_TLS_VERSION).toBe('TLSv1.2');
  });

  it('allows TLS 1.2 and 1.3 by default, nothing older', () => {
    expect(isTlsVersionAllowed('TLSv1.3')).toBe(true);
    expect(isTlsVersionAllowed('TLS 1.2')).toBe(true);
    expect(isTlsVersionAllowed('TLSv1.1')).toBe(false);
    expect(isTlsVersionAllowed('TLSv1')).toBe(false);
    expect(isTlsVersionAllowed('SSLv3')).toBe(false);
  });

  it('takes another minimum in any spelling', () => {
    expect(isTlsVersionAllowed('TLSv1.2', 'TLSv1.3')).toBe(false);
    expect(isTlsVersionAllowed('0x0304', '1.3')).toBe(true);
    expect(isTlsVersionAllowed('TLSv1', 'tls1_0')).toBe(true);
  });

  it('throws UNKNOWN_TLS_VERSION for a bad version or minimum', () => {
    expect(() => isTlsVersionAllowed('TLSv1.4')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TLS_VERSION' }),
    );
    expect(() => isTlsVersionAllowed('TLSv1.2', 'new')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TLS_VERSION' }),
    );
  });
});
