import { describe, expect, it } from 'vitest';
import { tlsConnectOptions } from './index.ts';

describe('tlsConnectOptions', () => {
  it('gives host, port 443, SNI and TLS 1.2 for a host name', () => {
    expect(tlsConnectOptions('https://Example.Zendesk.com/api/v2/users.json')).toEqual({
      host: 'example.zendesk.com',
      port: 443,
      servername: 'example.zendesk.com',
      minVersion: 'TLSv1.2',
    });
  });

  it('keeps the port and leaves SNI out for IP addresses', () => {
    const ipv4 = tlsConnectOptions('https://127.0.0.1:8443/');
    expect(ipv4).toEqual({ host: '127.0.0.1', port: 8443, minVersion: 'TLSv1.2' });
    expect('servername' in ipv4).toBe(false);
    expect(tlsConnectOptions(new URL('https://[::1]:8443/'))).toEqual({
      host: '::1',
      port: 8443,
      minVersion: 'TLSv1.2',
    });
  });

  it('takes wss: URLs, and lists its keys in the documented order', () => {
    expect(Object.keys(tlsConnectOptions('wss://example.com./socket'))).toEqual([
      'host',
      'port',
      'servername',
      'minVersion',
    ]);
    expect(tlsConnectOptions('wss://example.com./socket').servername).toBe('example.com');
  });

  it('refuses http: with NOT_HTTPS and garbage with INVALID_URL', () => {
    expect(() => tlsConnectOptions('http://example.com/')).toThrow(
      expect.objectContaining({ name: 'TlsCheckError', code: 'NOT_HTTPS' }),
    );
    expect(() => tlsConnectOptions('not a url')).toThrow(expect.objectContaining({ code: 'INVALID_URL' }));
  });

  it.each(['https://x:0/', 'https://example.com:00/', 'wss://[::1]:0/socket'])(
    'refuses port 0 in %s with INVALID_URL (no destination)',
    (url) => {
      expect(() => tlsConnectOptions(url)).toThrow(
        expect.objectContaining({
          name: 'TlsCheckError',
          code: 'INVALID_URL',
          message: '[@auth/tls-check] url port must be 1 to 65535, not 0; leave it out for 443',
        }),
      );
    },
  );

  it('keeps port 1 and 65535, and refuses a host with an empty label with INVALID_HOST', () => {
    expect(tlsConnectOptions('https://x:1/').port).toBe(1);
    expect(tlsConnectOptions('https://x:65535/').port).toBe(65535);
    expect(() => tlsConnectOptions('https://a..b/')).toThrow(
      expect.objectContaining({
        code: 'INVALID_HOST',
        message: '[@auth/tls-check] host must be a bare host name or IP address',
      }),
    );
  });
});
