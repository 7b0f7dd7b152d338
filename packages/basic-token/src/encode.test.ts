import { afterEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error.ts';
import { encodeBasic, MAX_BASIC_HEADER_LENGTH } from './index.ts';

describe('encodeBasic', () => {
  it('encodes the RFC 7617 section 2 example', () => {
    expect(encodeBasic('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });

  it('encodes the RFC 7617 section 2.1 example as UTF-8', () => {
    expect(encodeBasic('test', '123£')).toBe('Basic dGVzdDoxMjPCow==');
  });

  it('encodes any Unicode as UTF-8: 2-, 3- and 4-byte characters', () => {
    // 'é' C3 A9, '€' E2 82 AC, '😀' F0 9F 98 80
    expect(encodeBasic('é', '€😀')).toBe(`Basic ${btoa('\xc3\xa9:\xe2\x82\xac\xf0\x9f\x98\x80')}`);
    expect(encodeBasic('zoë', 'pässwörd')).toBe('Basic em/Dqzpww6Rzc3fDtnJk');
  });

  it('never reads a Latin-1 character as one byte (no mojibake)', () => {
    expect(encodeBasic('a', 'ÿ')).toBe(`Basic ${btoa('a:\xc3\xbf')}`);
    expect(encodeBasic('a', 'ÿ')).not.toBe(`Basic ${btoa('a:ÿ')}`);
  });

  it('allows colons and an empty password (a key as the user-id)', () => {
    expect(encodeBasic('user', 'a:b:c')).toBe(`Basic ${btoa('user:a:b:c')}`);
    expect(encodeBasic('sk_test_123', '')).toBe(`Basic ${btoa('sk_test_123:')}`);
  });

  it('allows inner spaces', () => {
    expect(encodeBasic('John Doe', 'open sesame')).toBe(`Basic ${btoa('John Doe:open sesame')}`);
  });

  it('refuses a colon in the username', () => {
    expectError(() => encodeBasic('a:b', 'hunter2'), 'COLON_IN_USERNAME', ['username', 'colon'], ['hunter2']);
  });

  it('refuses an empty or missing username', () => {
    expectError(() => encodeBasic('', 'hunter2'), 'EMPTY_USERNAME', ['username is empty'], ['hunter2']);
    expectError(() => encodeBasic(undefined as never, 'x'), 'EMPTY_USERNAME', ['username']);
  });

  it('refuses values that are not strings', () => {
    expectError(() => encodeBasic(42 as never, 'x'), 'NOT_A_STRING', ['username must be a string']);
    expectError(() => encodeBasic('user', undefined as never), 'NOT_A_STRING', ['password must be a string']);
    expectError(() => encodeBasic('user', { toString: () => 'x' } as never), 'NOT_A_STRING', ['password']);
  });

  it('refuses surrounding whitespace, naming the field', () => {
    expectError(() => encodeBasic('user', 'hunter2\n'), 'WHITESPACE', ['password', 'trim'], ['hunter2']);
    expectError(() => encodeBasic(' user', 'x'), 'WHITESPACE', ['username']);
    expectError(() => encodeBasic('user', '\u00a0pw'), 'WHITESPACE', ['password']);
    expectError(() => encodeBasic('user', 'pw\ufeff'), 'WHITESPACE', ['password']);
  });

  it('refuses control characters inside (header injection)', () => {
    expectError(
      () => encodeBasic('user', 'hun\r\nter2'),
      'CONTROL_CHARACTER',
      ['password', 'control'],
      ['hun\r\nter2', 'ter2'],
    );
    expectError(() => encodeBasic('us\0er', 'x'), 'CONTROL_CHARACTER', ['username']);
    expectError(() => encodeBasic('user', 'a\x7fb'), 'CONTROL_CHARACTER', ['password']);
    expectError(() => encodeBasic('user', 'a\u0085b'), 'CONTROL_CHARACTER', ['password']);
    expectError(() => encodeBasic('user', 'a\tb'), 'CONTROL_CHARACTER', ['password']);
  });

  it('refuses lone surrogates, which UTF-8 cannot carry', () => {
    expectError(() => encodeBasic('user', 'a\ud800b'), 'INVALID_UNICODE', ['password', 'surrogate']);
    expectError(() => encodeBasic('user', 'a\udc00'), 'INVALID_UNICODE', ['password']);
    expectError(() => encodeBasic('\udbff', 'x'), 'INVALID_UNICODE', ['username']);
    expect(encodeBasic('user', '\ud83d\ude00')).toBe(`Basic ${btoa('user:\xf0\x9f\x98\x80')}`);
  });

  describe('MAX_BASIC_HEADER_LENGTH', () => {
    it('is 8 KiB', () => {
      expect(MAX_BASIC_HEADER_LENGTH).toBe(8192);
    });

    it('allows the longest ASCII credentials (6138 bytes) and refuses one more', () => {
      const header = encodeBasic('u', 'p'.repeat(6136));
      expect(header.length).toBeLessThanOrEqual(MAX_BASIC_HEADER_LENGTH);
      expectError(() => encodeBasic('u', 'p'.repeat(6137)), 'TOO_LONG', ['8192', 'shorten']);
    });

    it('counts UTF-8 bytes, not characters', () => {
      // 'u:' + 2045 x '€' (3 bytes) + 'a' = 2 + 6135 + 1 = 6138 bytes
      const header = encodeBasic('u', `${'€'.repeat(2045)}a`);
      expect(header.length).toBeLessThanOrEqual(MAX_BASIC_HEADER_LENGTH);
      expectError(() => encodeBasic('u', `${'€'.repeat(2045)}ab`), 'TOO_LONG', ['header']);
      expectError(() => encodeBasic('u', '€'.repeat(2046)), 'TOO_LONG', ['header']);
      expectError(() => encodeBasic('u', '€'.repeat(5000)), 'TOO_LONG', ['header']);
    });

    it('refuses a megabyte at once', () => {
      expectError(() => encodeBasic('u', 'p'.repeat(1 << 20)), 'TOO_LONG', ['header']);
      expectError(() => encodeBasic('u', 'é'.repeat(1 << 20)), 'TOO_LONG', ['header']);
    });
  });

  describe('where the runtime has Uint8Array.prototype.toBase64', () => {
    const proto = Uint8Array.prototype as Uint8Array & { toBase64?: () => string };
    const original = proto.toBase64;
    afterEach(() => {
      if (original) proto.toBase64 = original;
      else delete proto.toBase64;
    });

    it('uses it for UTF-8, with the same result', () => {
      let calls = 0;
      proto.toBase64 = function (this: Uint8Array) {
        calls++;
        let binary = '';
        for (const byte of this) binary += String.fromCharCode(byte);
        return btoa(binary);
      };
      expect(encodeBasic('test', '123£')).toBe('Basic dGVzdDoxMjPCow==');
      expect(calls).toBe(1);
      expect(encodeBasic('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
      expect(calls).toBe(1);
    });
  });
});
