import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import * as vectors from '../../../conformance/vectors/tls-check.js';
import { TlsCheckError, tlsConnectOptions } from './index.ts';

describe('tlsConnectOptions', () => {
  it.each(vectors.connectOptions)('gives the options for %s', (url, expected) => {
    const options = tlsConnectOptions(url);
    expect(options).toEqual(expected);
    // No servername key at all for an IP address (Node warns when it is one).
    expect('servername' in options).toBe('servername' in expected);
  });

  it('lists its keys in the documented order, and takes a URL object', () => {
    expect(Object.keys(tlsConnectOptions('wss://example.com./socket'))).toEqual([
      'host',
      'port',
      'servername',
      'minVersion',
    ]);
    expect(tlsConnectOptions(new URL('https://[::1]:8443/'))).toEqual({
      host: '::1',
      port: 8443,
      minVersion: 'TLSv1.2',
    });
  });

  it('refuses what assertHttpsUrl refuses', () => {
    expectThrows(() => tlsConnectOptions('http://example.com/'), TlsCheckError, 'NOT_HTTPS');
    expectThrows(() => tlsConnectOptions(undefined as never), TlsCheckError, 'INVALID_URL', {
      words: ['url is missing'],
    });
  });

  it.each(vectors.invalidConnectUrls)(
    'refuses %s with %s (no destination, no DNS name)',
    (url, code, message) => {
      const error = expectThrows(() => tlsConnectOptions(url), TlsCheckError, code);
      expect(error.message).toBe(`[@auth/tls-check] ${message}`);
    },
  );
});
