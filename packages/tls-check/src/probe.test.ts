import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagnosticSettings, socketRuntime } from './probe.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('socketRuntime', () => {
  it('finds Deno, Bun, else Node', () => {
    expect(socketRuntime()).toBe('node');
    vi.stubGlobal('Bun', { version: '1.4.4' });
    expect(socketRuntime()).toBe('bun');
    vi.stubGlobal('Deno', { version: { deno: '2.9.6' } });
    expect(socketRuntime()).toBe('deno');
  });
});

describe('diagnosticSettings', () => {
  it('lowers OpenSSL to security level 0 on Node, to see TLS 1.0, SHA-1 signatures and weak keys', () => {
    expect(diagnosticSettings('node')).toEqual({ minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
  });

  it('never gives BoringSSL (Bun) an OpenSSL cipher string', () => {
    expect(diagnosticSettings('bun')).toEqual({ minVersion: 'TLSv1', ciphers: null });
  });

  it('knows that Deno (rustls) cannot go below TLS 1.2', () => {
    expect(diagnosticSettings('deno')).toEqual({ minVersion: 'TLSv1.2', ciphers: null });
  });
});
