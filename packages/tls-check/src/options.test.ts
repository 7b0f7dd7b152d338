import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import { TlsCheckError } from './errors.ts';
import { readOptions } from './options.ts';
import type { CheckTlsOptions } from './types.ts';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('readOptions', () => {
  it('has defaults: 10 s, no extra CA, TLS 1.2', () => {
    expect(readOptions(undefined)).toEqual({ timeoutMs: 10000, ca: [], minRank: 3 });
    expect(readOptions({})).toEqual({ timeoutMs: 10000, ca: [], minRank: 3 });
  });

  it('takes a timeout, one PEM text or a list, and a minimum in any spelling', () => {
    expect(readOptions({ timeoutMs: 250, ca: PEM, minVersion: 'TLS 1.3' })).toEqual({
      timeoutMs: 250,
      ca: [PEM],
      minRank: 4,
    });
    expect(readOptions({ ca: [PEM, PEM], minVersion: 0x0301 }).ca).toEqual([PEM, PEM]);
    expect(readOptions({ timeoutMs: 2 ** 31 - 1 }).timeoutMs).toBe(2 ** 31 - 1);
  });

  it('refuses a function, which is no options object', () => {
    const error = expectThrows(
      () => readOptions((() => {}) as CheckTlsOptions),
      TlsCheckError,
      'INVALID_OPTION',
    );
    expect(error.message).toBe('[@auth/tls-check] options must be an object, got function');
  });

  it.each(vectors.invalidCheckOptions)('refuses %j with %s', (options, code, message) => {
    const error = expectThrows(() => readOptions(options as CheckTlsOptions), TlsCheckError, code);
    expect(error.message).toBe(`[@auth/tls-check] ${message}`);
  });
});
