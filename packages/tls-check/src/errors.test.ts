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
