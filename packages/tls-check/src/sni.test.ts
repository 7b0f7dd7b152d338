import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import { sniServername, TlsCheckError } from './index.ts';

describe('sniServername', () => {
  it.each(vectors.sniNames)('%j is sent as %j', (host, name) => {
    expect(sniServername(host)).toBe(name);
  });

  it.each(vectors.invalidHosts)('refuses %j with %s', (host, code, message) => {
    const error = expectThrows(() => sniServername(host as string), TlsCheckError, code);
    expect(error.message).toBe(`[@auth/tls-check] ${message}`);
  });

  it('refuses a name that the URL parser would shorten below the limit only after IDNA', () => {
    // 60 characters of text become a 64-character label once IDNA-encoded: too long for DNS.
    const label = 'ü'.repeat(60);
    expect(`xn--${label}`.length).toBeGreaterThan(63);
    expectThrows(() => sniServername(`${label}.example`), TlsCheckError, 'INVALID_HOST');
    expect(sniServername(`${'ü'.repeat(20)}.example`)).toMatch(/^xn--[a-z0-9-]+\.example$/);
  });

  it('never echoes the host (it may come from a URL with credentials)', () => {
    const host = `jdoe:${vectors.SECRET}@example.com`;
    expectThrows(() => sniServername(host), TlsCheckError, 'INVALID_HOST', { secrets: [vectors.SECRET] });
  });
});
