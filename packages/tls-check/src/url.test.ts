import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import { assertHttpsUrl, TlsCheckError } from './index.ts';

const secrets = [vectors.SECRET];

describe('assertHttpsUrl', () => {
  it.each(vectors.httpsUrls)('returns a new URL for %s', (url, host) => {
    const parsed = assertHttpsUrl(url);
    expect(parsed).toBeInstanceOf(URL);
    expect(parsed.host).toBe(host);
  });

  it('copies a URL object, and takes one from another realm by its href', () => {
    const given = new URL('HTTPS://Example.COM:8443/x');
    const copy = assertHttpsUrl(given);
    expect(copy).not.toBe(given);
    expect(copy.href).toBe('https://example.com:8443/x');
    expect(assertHttpsUrl({ href: 'wss://example.com/socket' } as URL).protocol).toBe('wss:');
  });

  it.each(vectors.notHttpsUrls)('refuses %s with NOT_HTTPS, naming the scheme to use', (url, message) => {
    const error = expectThrows(() => assertHttpsUrl(url), TlsCheckError, 'NOT_HTTPS');
    expect(error.message).toBe(`[@auth/tls-check] ${message}`);
  });

  it.each(vectors.invalidUrls)('refuses %j with %s, in the house phrasing', (url, code, message) => {
    const error = expectThrows(() => assertHttpsUrl(url as string), TlsCheckError, code);
    expect(error.message).toBe(`[@auth/tls-check] ${message}`);
  });

  it('never shows the URL, which may carry credentials, in an error', () => {
    const userinfo = `jdoe%40example.com%2Ftoken:${vectors.SECRET}`;
    for (const url of [
      `http://${userinfo}@example.com/?token=${vectors.SECRET}`,
      `https://${userinfo}@example.com/\n`,
      ` https://${userinfo}@example.com/`,
      `https://${userinfo}@exa mple.com/`,
      `https//${userinfo}@example.com/`,
    ]) {
      const error = expectThrows(
        () => assertHttpsUrl(url),
        TlsCheckError,
        url.startsWith('http:') ? 'NOT_HTTPS' : 'INVALID_URL',
        {
          secrets: [...secrets, 'jdoe'],
        },
      );
      expect(error.cause).toBeUndefined();
    }
  });
});
