import { describe, expect, it } from 'vitest';
import { readOptions } from './options.ts';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('readOptions', () => {
  it('has defaults: 10 s, no extra CA, TLS 1.2', () => {
    expect(readOptions()).toEqual({ timeoutMs: 10000, ca: [], minRank: 3 });
    expect(readOptions({})).toEqual({ timeoutMs: 10000, ca: [], minRank: 3 });
  });

  it('takes a timeout, one PEM or a list, and a minimum in any spelling', () => {
    expect(readOptions({ timeoutMs: 250, ca: PEM, minVersion: 'TLS 1.3' })).toEqual({
      timeoutMs: 250,
      ca: [PEM],
      minRank: 4,
    });
    expect(readOptions({ ca: [PEM, PEM], minVersion: 0x0301 }).ca).toEqual([PEM, PEM]);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '1000', null])(
    'refuses the timeout %j with INVALID_OPTION',
    (timeoutMs) => {
      expect(() => readOptions({ timeoutMs: timeoutMs as number })).toThrow(
        expect.objectContaining({
          name: 'TlsCheckError',
          code: 'INVALID_OPTION',
          message: '[@auth/tls-check] timeoutMs must be a number of milliseconds above 0, such as 10000',
        }),
      );
    },
  );

  it.each([['/etc/ssl/ca.pem'], [['/etc/ssl/ca.pem']], [42], [[PEM, 42]], [{}]])(
    'refuses the ca %j with INVALID_OPTION, and says to read the file',
    (ca) => {
      expect(() => readOptions({ ca: ca as string })).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTION',
          message: expect.stringContaining(
            'ca must be PEM text (-----BEGIN CERTIFICATE-----...), not a file name',
          ),
        }),
      );
    },
  );

  it('refuses an unknown minVersion with UNKNOWN_TLS_VERSION', () => {
    expect(() => readOptions({ minVersion: 'TLSv2' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TLS_VERSION' }),
    );
  });
});
