import { describe, expect, it } from 'vitest';
import { expectThrows, printed } from '../../../config/expect-error.ts';
import { fail } from './errors.ts';
import { TlsCheckError } from './index.ts';

describe('TlsCheckError', () => {
  it('carries its code, its name and the package prefix', () => {
    const error = new TlsCheckError('UNKNOWN_TLS_VERSION', 'something is wrong; fix it');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TlsCheckError');
    expect(error.code).toBe('UNKNOWN_TLS_VERSION');
    expect(error.message).toBe('[@auth/tls-check] something is wrong; fix it');
    expect(String(error)).toBe('TlsCheckError: [@auth/tls-check] something is wrong; fix it');
    expect(JSON.stringify(error)).toBe('{"name":"TlsCheckError","code":"UNKNOWN_TLS_VERSION"}');
  });

  it('keeps the cause it was given', () => {
    const cause = new TypeError('underlying');
    expect(new TlsCheckError('UNKNOWN_TLS_VERSION', 'x', { cause }).cause).toBe(cause);
  });
});

describe('fail, the one way this package throws', () => {
  it('throws a TlsCheckError with its code and message, and no cause unless given one', () => {
    const error = expectThrows(() => fail('INVALID_HOST', 'host is wrong'), TlsCheckError, 'INVALID_HOST', {
      words: ['host is wrong'],
    });
    expect(error.message).toBe('[@auth/tls-check] host is wrong');
    expect('cause' in error).toBe(false);
    expect(printed(error)).not.toContain('cause');
  });

  it('keeps a cause', () => {
    const cause = new Error('inner');
    expect(
      expectThrows(() => fail('INVALID_URL', 'url is wrong', cause), TlsCheckError, 'INVALID_URL').cause,
    ).toBe(cause);
  });
});
