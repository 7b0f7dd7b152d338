import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertHttpsUrl, TlsCheckError } from './index.ts';

const thrown = (fn: () => unknown): TlsCheckError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TlsCheckError);
    return error as TlsCheckError;
  }
  throw new Error('expected a throw');
};

describe('assertHttpsUrl', () => {
  it('returns a new URL for https: and wss:', () => {
    const url = assertHttpsUrl('https://example.zendesk.com/api/v2/users.json');
    expect(url).toBeInstanceOf(URL);
    expect(url.host).toBe('example.zendesk.com');
    expect(assertHttpsUrl('wss://example.com/socket').protocol).toBe('wss:');
    const given = new URL('HTTPS://Example.COM:8443/x');
    const copy = assertHttpsUrl(given);
    expect(copy).not.toBe(given);
    expect(copy.href).toBe('https://example.com:8443/x');
  });

  it('refuses http: and says to use https:', () => {
    const error = thrown(() => assertHttpsUrl('http://example.zendesk.com/api/v2/users.json'));
    expect(error.code).toBe('NOT_HTTPS');
    expect(error.message).toBe('[@auth/tls-check] url uses http:; use https: instead (TLS 1.2 or newer)');
  });

  it('refuses ws: and says to use wss:', () => {
    const error = thrown(() => assertHttpsUrl('ws://example.com/'));
    expect(error.code).toBe('NOT_HTTPS');
    expect(error.message).toContain('use wss: instead');
  });

  it.each([
    'ftp://example.com/',
    'file:///etc/passwd',
    'mailto:jdoe@example.com',
    'localhost:8443',
    'data:,x',
  ])('refuses the scheme of %s', (url) => {
    const error = thrown(() => assertHttpsUrl(url));
    expect(error.code).toBe('NOT_HTTPS');
    expect(error.message).toMatch(/^\[@auth\/tls-check\] url uses [a-z]+:; use https: instead/);
  });

  it.each([
    '',
    'example.com',
    '/api/v2/users.json',
    'https://',
    'https://exa mple.com/',
    ' https://example.com/',
    'https://example.com/\n',
    'https://example.com/\r\nX-Injected: 1',
    'https://exam\tple.com/',
    'https://example.com/\u0000',
    'https://example.com/\u0085',
  ])('refuses %j with INVALID_URL', (url) => {
    const error = thrown(() => assertHttpsUrl(url));
    expect(error.code).toBe('INVALID_URL');
    expect(error.message).toBe(
      '[@auth/tls-check] url must be an absolute URL without spaces or control characters',
    );
  });

  it('refuses what is neither a string nor a URL', () => {
    expect(thrown(() => assertHttpsUrl(42 as never)).code).toBe('INVALID_URL');
    expect(thrown(() => assertHttpsUrl({} as never)).code).toBe('INVALID_URL');
  });

  it('never shows the URL (which may carry credentials) in an error', () => {
    const secret = 'hunter2-6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';
    fc.assert(
      fc.property(
        fc.constantFrom('http', 'ws', 'ftp', 'https', 'htt p'),
        fc.constantFrom('', '\n', ' ', '\t'),
        (scheme, junk) => {
          const url = `${scheme}://jdoe%40example.com%2Ftoken:${secret}@example.com/${junk}?token=${secret}`;
          try {
            assertHttpsUrl(url);
          } catch (error) {
            expect(error).toBeInstanceOf(TlsCheckError);
            const text = `${(error as Error).message} ${String(error)} ${JSON.stringify(error)}`;
            expect(text).not.toContain(secret);
            expect(text).not.toContain('jdoe');
          }
        },
      ),
      { seed: 3, numRuns: 100 },
    );
  });
});
