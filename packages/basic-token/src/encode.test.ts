import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { messages } from '../../../conformance/vectors/basic-token.js';
import { BasicTokenError, encodeBasic, MAX_BASIC_HEADER_LENGTH } from './index.ts';

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
    expectThrows(() => encodeBasic('a:b', 'hunter2'), BasicTokenError, 'COLON_IN_USERNAME', {
      words: [messages.username],
      secrets: ['hunter2'],
    });
  });

  it('allows an empty user-id (RFC 7617 section 2: user-id = *( %x01-39 / %x3B-FF )), as in curl -u :TOKEN', () => {
    expect(encodeBasic('', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a')).toBe(
      `Basic ${btoa(':ghp_16C7e42F292c6912E7710c838347Ae178B4a')}`,
    );
    expect(encodeBasic('', '')).toBe('Basic Og==');
  });

  it('calls a missing username or password missing, with its code, and names the fix', () => {
    for (const missing of [undefined, null]) {
      const user = expectThrows(
        () => encodeBasic(missing as never, 'hunter2'),
        BasicTokenError,
        'EMPTY_USERNAME',
        {
          secrets: ['hunter2'],
        },
      );
      expect(user.message).toBe(`[@auth/basic-token] ${messages.missingUsername}`);
      const password = expectThrows(
        () => encodeBasic('user', missing as never),
        BasicTokenError,
        'EMPTY_PASSWORD',
      );
      expect(password.message).toBe(`[@auth/basic-token] ${messages.missingPassword}`);
    }
  });

  it('refuses values that are not strings, naming their type', () => {
    const error = expectThrows(() => encodeBasic(42 as never, 'x'), BasicTokenError, 'NOT_A_STRING');
    expect(error.message).toBe(`[@auth/basic-token] ${messages.username}`);
    expectThrows(
      () => encodeBasic('user', { toString: () => 'x' } as never),
      BasicTokenError,
      'NOT_A_STRING',
      { words: [messages.password] },
    );
  });

  it('refuses surrounding whitespace, naming the field', () => {
    for (const password of ['hunter2\n', '\r\nhunter2', 'hunter2 ', '\thunter2', 'hunter2\u00a0']) {
      const error = expectThrows(
        () => encodeBasic('user', password as string),
        BasicTokenError,
        'WHITESPACE',
        {
          secrets: ['hunter2'],
        },
      );
      expect(error.message).toBe(`[@auth/basic-token] ${messages.password}`);
    }
    expectThrows(() => encodeBasic(' user', 'x'), BasicTokenError, 'WHITESPACE', { words: ['username'] });
    expectThrows(() => encodeBasic('user', '\u00a0pw'), BasicTokenError, 'WHITESPACE', {
      words: ['password'],
    });
    expectThrows(() => encodeBasic('user', 'pw\ufeff'), BasicTokenError, 'WHITESPACE', {
      words: ['password'],
    });
  });

  it('refuses control characters inside (header injection)', () => {
    const error = expectThrows(
      () => encodeBasic('user', 'hun\r\nter2'),
      BasicTokenError,
      'CONTROL_CHARACTER',
      {
        secrets: ['hun\r\nter2', 'ter2'],
      },
    );
    expect(error.message).toBe(`[@auth/basic-token] ${messages.password}`);
    expectThrows(() => encodeBasic('us\0er', 'x'), BasicTokenError, 'CONTROL_CHARACTER', {
      words: ['username'],
    });
    expectThrows(() => encodeBasic('user', 'a\x7fb'), BasicTokenError, 'CONTROL_CHARACTER', {
      words: ['password'],
    });
    expectThrows(() => encodeBasic('user', 'a\u0085b'), BasicTokenError, 'CONTROL_CHARACTER', {
      words: [messages.password],
    });
    expectThrows(() => encodeBasic('user', 'a\tb'), BasicTokenError, 'CONTROL_CHARACTER', {
      words: ['password'],
    });
  });

  it('refuses lone surrogates, which UTF-8 cannot carry', () => {
    expectThrows(() => encodeBasic('user', 'a\ud800b'), BasicTokenError, 'INVALID_UNICODE', {
      words: [messages.password],
    });
    expectThrows(() => encodeBasic('user', 'a\udc00'), BasicTokenError, 'INVALID_UNICODE', {
      words: ['password'],
    });
    expectThrows(() => encodeBasic('\udbff', 'x'), BasicTokenError, 'INVALID_UNICODE', {
      words: ['username'],
    });
    expect(encodeBasic('user', '\ud83d\ude00')).toBe(`Basic ${btoa('user:\xf0\x9f\x98\x80')}`);
  });

  describe('MAX_BASIC_HEADER_LENGTH', () => {
    it('is 8 KiB', () => {
      expect(MAX_BASIC_HEADER_LENGTH).toBe(8192);
    });

    it('allows the longest ASCII credentials (6138 bytes) and refuses one more', () => {
      const header = encodeBasic('u', 'p'.repeat(6136));
      expect(header.length).toBeLessThanOrEqual(MAX_BASIC_HEADER_LENGTH);
      expectThrows(() => encodeBasic('u', 'p'.repeat(6137)), BasicTokenError, 'TOO_LONG', {
        words: [messages.tooLong],
      });
    });

    it('counts UTF-8 bytes, not characters', () => {
      // 'u:' + 2045 x '€' (3 bytes) + 'a' = 2 + 6135 + 1 = 6138 bytes
      const header = encodeBasic('u', `${'€'.repeat(2045)}a`);
      expect(header.length).toBeLessThanOrEqual(MAX_BASIC_HEADER_LENGTH);
      expectThrows(() => encodeBasic('u', `${'€'.repeat(2045)}ab`), BasicTokenError, 'TOO_LONG', {
        words: [messages.tooLong],
      });
      expectThrows(() => encodeBasic('u', '€'.repeat(2046)), BasicTokenError, 'TOO_LONG', {
        words: [messages.tooLong],
      });
      expectThrows(() => encodeBasic('u', '€'.repeat(5000)), BasicTokenError, 'TOO_LONG', {
        words: [messages.tooLong],
      });
    });

    it('refuses a megabyte at once', () => {
      expectThrows(() => encodeBasic('u', 'p'.repeat(1 << 20)), BasicTokenError, 'TOO_LONG', {
        words: [messages.tooLong],
      });
      expectThrows(() => encodeBasic('u', 'é'.repeat(1 << 20)), BasicTokenError, 'TOO_LONG', {
        words: [messages.tooLong],
      });
    });
  });
});
