import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeSettings, socketRuntime } from './probe.ts';

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

describe('probeSettings', () => {
  it('lowers OpenSSL security level 0 on Node only, to offer TLS 1.0', () => {
    expect(probeSettings('node')).toEqual({
      lowestOffered: 'TLSv1',
      ciphers: 'DEFAULT:@SECLEVEL=0',
      caReplacesRoots: true,
      failureNotes: [],
    });
  });

  it('never gives BoringSSL (Bun) an OpenSSL cipher string', () => {
    expect(probeSettings('bun')).toEqual({ lowestOffered: 'TLSv1', caReplacesRoots: true, failureNotes: [] });
  });

  it('says that Deno cannot go below TLS 1.2', () => {
    const deno = probeSettings('deno');
    expect(deno.lowestOffered).toBe('TLSv1.2');
    expect(deno.ciphers).toBeUndefined();
    expect(deno.caReplacesRoots).toBe(false);
    expect(deno.failureNotes).toEqual([
      {
        code: 'LEGACY_NOT_PROBED',
        message: expect.stringContaining("Deno's TLS (rustls) offers only TLS 1.2 and 1.3"),
      },
    ]);
  });
});
