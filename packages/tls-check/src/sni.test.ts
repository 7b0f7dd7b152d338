import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniServername, TlsCheckError } from './index.ts';

describe('sniServername', () => {
  it.each([
    ['example.zendesk.com', 'example.zendesk.com'],
    ['API.Example.COM', 'api.example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['under_score.example.com', 'under_score.example.com'],
    ['a', 'a'],
  ])('%j is sent as %j', (host, name) => {
    expect(sniServername(host)).toBe(name);
  });

  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '127.1',
    '0x7f.0.0.1',
    '2130706433',
    '1.2.3.4.',
    '[::1]',
    '::1',
    '[2001:db8::1]',
    '2001:db8::1',
    '::ffff:127.0.0.1',
  ])('sends no SNI for the IP literal %j (RFC 6066 section 3)', (host) => {
    expect(sniServername(host)).toBeUndefined();
  });

  it.each([
    '',
    '.',
    'example.com:443',
    'example.com/path',
    'user@example.com',
    'example.com?x',
    'example.com#x',
    'exa mple.com',
    ' example.com',
    'example.com\n',
    'example.com\r\nX: 1',
    'example.com\u0000',
    '1.2.3.4.5',
    '[::1',
    '::g',
    'a..b:1',
    '..',
    '...',
    'a..b',
    '.example.com',
    'example..com',
    'example.com..',
    '1..2',
    'example.com/',
    'example.com\\',
    '127.0.0.1/',
    '[::1]/',
  ])('refuses %j with INVALID_HOST', (host) => {
    try {
      sniServername(host);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TlsCheckError);
      expect(error).toMatchObject({
        code: 'INVALID_HOST',
        message: '[@auth/tls-check] host must be a bare host name or IP address',
      });
    }
  });

  it('detects exactly the four dotted decimal octets the URL parser writes for IPv4', () => {
    // Numeric last label: the WHATWG host parser makes it IPv4, or refuses it.
    expect(sniServername('255.255.255.255')).toBeUndefined();
    expect(sniServername('0.0.0.0')).toBeUndefined();
    expect(sniServername('1.2.3')).toBeUndefined(); // 1.2.0.3
    expect(() => sniServername('256.0.0.1')).toThrow(expect.objectContaining({ code: 'INVALID_HOST' }));
    // Digits and dots that are names, not addresses: a last label that is not numeric.
    expect(sniServername('1.2.3.4.example')).toBe('1.2.3.4.example');
    expect(sniServername('123.example')).toBe('123.example');
  });

  it('refuses a non-string', () => {
    expect(() => sniServername(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_HOST' }));
  });

  it('returns a lower-case name without a trailing dot, undefined, or throws INVALID_HOST', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.domain(), fc.ipV4(), fc.ipV6()), (host) => {
        try {
          const name = sniServername(host);
          if (name !== undefined) {
            expect(name).toBe(name.toLowerCase());
            expect(name.endsWith('.')).toBe(false);
            expect(name.length).toBeGreaterThan(0);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(TlsCheckError);
          expect((error as TlsCheckError).code).toBe('INVALID_HOST');
        }
      }),
      { seed: 13, numRuns: 2000 },
    );
  });

  it('sends every domain, lower-cased, and never an IP address', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        expect(sniServername(domain)).toBe(domain.toLowerCase());
        expect(sniServername(`${domain}.`)).toBe(domain.toLowerCase());
      }),
      { seed: 17, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => {
        expect(sniServername(ip)).toBeUndefined();
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});
