import { describe, expect, it } from 'vitest';
import { TlsCheckError } from './index.ts';

describe('TlsCheckError', () => {
  it('carries its code, its name and the package prefix', () => {
    const error = new TlsCheckError('UNKNOWN_TLS_VERSION', 'something is wrong; fix it');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TlsCheckError');
    expect(error.code).toBe('UNKNOWN_TLS_VERSION');
    expect(error.message).toBe('[@auth/tls-check] something is wrong; fix it');
    expect(String(error)).toBe('TlsCheckError: [@auth/tls-check] something is wrong; fix it');
  });

  it('keeps the cause it was given', () => {
    const cause = new TypeError('underlying');
    expect(new TlsCheckError('UNKNOWN_TLS_VERSION', 'x', { cause }).cause).toBe(cause);
  });
});

describe('fail', () => {
  it('throws a TlsCheckError with its code, and the cause when given', async () => {
    const { fail } = await import('./errors.ts');
    expect(() => fail('INVALID_HOST', 'host is wrong')).toThrow(
      expect.objectContaining({ code: 'INVALID_HOST', message: '[@auth/tls-check] host is wrong' }),
    );
    const cause = new Error('inner');
    try {
      fail('INVALID_URL', 'url is wrong', cause);
    } catch (error) {
      expect((error as TlsCheckError).cause).toBe(cause);
    }
  });

  it('shows code and message in JSON and String()', () => {
    const error = new TlsCheckError('NOT_HTTPS', 'url uses http:; use https: instead');
    expect(JSON.stringify(error)).toBe('{"name":"TlsCheckError","code":"NOT_HTTPS"}');
    expect(String(error)).toBe('TlsCheckError: [@auth/tls-check] url uses http:; use https: instead');
  });
});
