import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { invalidMaxLengths, messages } from '../../../conformance/vectors/basic-token.js';
import { BasicTokenError, decodeBasic, MAX_BASIC_HEADER_LENGTH } from './index.ts';

/** `'Basic ' + base64` of `text`'s UTF-8 bytes, written independently of the package. */
function basic(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 4096) binary += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return `Basic ${btoa(binary)}`;
}

describe('decodeBasic', () => {
  it('decodes the RFC 7617 examples', () => {
    expect(decodeBasic('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==')).toStrictEqual({
      username: 'Aladdin',
      password: 'open sesame',
    });
    expect(decodeBasic('Basic dGVzdDoxMjPCow==')).toStrictEqual({ username: 'test', password: '123£' });
  });

  it('reads the scheme case-insensitively, after one or more spaces, with OWS around', () => {
    const expected = { username: 'Aladdin', password: 'open sesame' };
    for (const value of [
      'basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'BASIC QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'bAsIc QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'Basic    QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      '  Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==  ',
      '\tBasic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\t ',
    ]) {
      expect(decodeBasic(value), value).toStrictEqual(expected);
    }
  });

  it('splits at the first colon; the password keeps the others and may be empty', () => {
    expect(decodeBasic(basic('user:a:b:c'))).toStrictEqual({ username: 'user', password: 'a:b:c' });
    expect(decodeBasic(basic('user:'))).toStrictEqual({ username: 'user', password: '' });
    expect(decodeBasic(basic(':'))).toStrictEqual({ username: '', password: '' });
  });

  it('decodes UTF-8 of every length and keeps a leading BOM as a character', () => {
    expect(decodeBasic(basic('zoë:€😀'))).toStrictEqual({ username: 'zoë', password: '€😀' });
    expect(decodeBasic(basic('\ufeffuser:pw'))).toStrictEqual({ username: '\ufeffuser', password: 'pw' });
  });

  it('decodes all three padding lengths', () => {
    expect(decodeBasic(basic('a:b'))).toStrictEqual({ username: 'a', password: 'b' });
    expect(decodeBasic(basic('a:bc'))).toStrictEqual({ username: 'a', password: 'bc' });
    expect(decodeBasic(basic('a:bcd'))).toStrictEqual({ username: 'a', password: 'bcd' });
  });

  it('refuses other schemes with WRONG_SCHEME', () => {
    for (const value of [
      'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
      'BasicQWxh',
      'Basi',
      '',
      '   ',
      'Digest x',
    ]) {
      const error = expectThrows(() => decodeBasic(value), BasicTokenError, 'WRONG_SCHEME');
      expect(error.message).toBe(`[@auth/basic-token] ${messages.authorization}`);
    }
  });

  it('takes only spaces after the scheme (RFC 9110 11.4: 1*SP), tabs only around the value', () => {
    // Regression: the scheme check took a tab as the separator, the next step did not skip it,
    // and the value was called bad base64.
    for (const value of [
      'Basic\tQWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'basic\tQWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      '\tBasic\t\tQWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'Basic\t QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    ]) {
      const error = expectThrows(() => decodeBasic(value), BasicTokenError, 'WRONG_SCHEME', {
        secrets: ['open sesame'],
      });
      expect(error.message).toBe(`[@auth/basic-token] ${messages.authorization}`);
    }
  });

  it('calls a missing value missing (WRONG_SCHEME, as for an empty one), anything else NOT_A_STRING', () => {
    for (const value of [undefined, null]) {
      const error = expectThrows(() => decodeBasic(value as never), BasicTokenError, 'WRONG_SCHEME');
      expect(error.message).toBe(`[@auth/basic-token] ${messages.authorization}`);
    }
    for (const value of [['Basic QWxh'], 42, Symbol('Basic')]) {
      const error = expectThrows(() => decodeBasic(value as never), BasicTokenError, 'NOT_A_STRING');
      expect(error.message).toBe(`[@auth/basic-token] ${messages.authorization}`);
    }
  });

  it('refuses base64 whose bits after the last byte are not zero (RFC 4648 section 3.5)', () => {
    // 'Og==' is ':'; 'Oh==' to 'Ov==' decode to ':' too with atob, their 4 extra bits set. Two
    // values for the same credentials would let one slip past a filter or a cache key.
    expect(decodeBasic('Basic Og==')).toStrictEqual({ username: '', password: '' });
    for (const value of [
      'Basic Oh==',
      'Basic Ov==',
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZR==',
      'Basic YTpiYx==',
    ]) {
      expectThrows(() => decodeBasic(value), BasicTokenError, 'INVALID_BASE64', {
        words: [messages.authorization],
      });
    }
    // One "=": two bits after the last byte. 'YTpiYw==' is 'a:bc'; 'YTpiYz0=' is 'a:bc=' (canonical).
    expect(decodeBasic('Basic YTpiYz0=').password).toBe('bc=');
    expectThrows(() => decodeBasic('Basic YTpiYz1='), BasicTokenError, 'INVALID_BASE64');
    expectThrows(() => decodeBasic('Basic YTpiYz3='), BasicTokenError, 'INVALID_BASE64');
  });

  it('refuses bad base64 with INVALID_BASE64, never decoding it leniently', () => {
    for (const value of [
      'Basic',
      'Basic ',
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ', // padding missing
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=', // padding short
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ===',
      'Basic QWxh ZGRp', // inner space
      'Basic QWxh\tZGRpbjpvcGVuIHNlc2FtZQ==', // an inner tab: HTTP allows it in a field, base64 does not
      'Basic \tQWxhZGRpbjpvcGVuIHNlc2FtZQ==', // SP, then a tab
      'Basic QWxh=ZGRp',
      'Basic QW-hZGRp', // base64url is not base64
      'Basic QW_hZGRp',
      'Basic QWxhZGRpé===',
      'Basic QWxh€GRp',
      'Basic A===',
      'Basic ====',
      'Basic Og== x',
    ]) {
      expectThrows(() => decodeBasic(value), BasicTokenError, 'INVALID_BASE64', {
        words: [messages.authorization],
        secrets: ['open sesame'],
      });
    }
  });

  it('refuses a control character in the value with CONTROL_CHARACTER (header injection), not INVALID_BASE64', () => {
    for (const value of [
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\r\n', // the reviewer's examples
      'Basic QWxh\u0000ZGRp',
      'Basic QWxh\nZGRpbjpvcGVuIHNlc2FtZQ==', // inner LF, which atob alone would skip
      'Basic QWxhZGRp\fbjpvcGVuIHNlc2FtZQ==',
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\rX-Admin: 1',
      'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\x7f',
      'Basic QWxh\u0085ZGRp', // a C1 control
      '\r\nBasic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', // before the scheme
      'Basic\r\nQWxhZGRpbjpvcGVuIHNlc2FtZQ==', // as the separator
      'Bearer abc\0', // whatever the scheme
    ]) {
      const error = expectThrows(() => decodeBasic(value as string), BasicTokenError, 'CONTROL_CHARACTER', {
        secrets: ['open sesame'],
      });
      expect(error.message, JSON.stringify(value)).toBe(`[@auth/basic-token] ${messages.authorization}`);
    }
    // A tab is not one: HTTP allows it in a field value (RFC 9110 5.5), around the value as OWS.
    expect(decodeBasic('\tBasic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\t').username).toBe('Aladdin');
    expectThrows(() => decodeBasic('Basic QWxh\tZGRp'), BasicTokenError, 'INVALID_BASE64', {
      words: [messages.authorization],
    });
  });

  it('refuses bytes that are not UTF-8 with INVALID_UTF8 (never Latin-1 mojibake)', () => {
    for (const bytes of ['user:\xff', 'user:\xa3', '\xc3(:x', 'user:\xed\xa0\x80', 'user:\xf0\x9f\x98']) {
      const error = expectThrows(() => decodeBasic(`Basic ${btoa(bytes)}`), BasicTokenError, 'INVALID_UTF8', {
        words: [messages.authorization],
      });
      expect(error.cause).toBeInstanceOf(TypeError);
    }
  });

  it('refuses credentials without a colon', () => {
    expectThrows(() => decodeBasic(basic('Aladdin')), BasicTokenError, 'MISSING_COLON', {
      words: [messages.authorization],
      secrets: ['Aladdin'],
    });
    expectThrows(() => decodeBasic(basic('zoë')), BasicTokenError, 'MISSING_COLON', {
      words: [messages.authorization],
    });
  });

  it('refuses control characters in the decoded user-id or password (RFC 7617 section 2)', () => {
    const secret = 'open sesame';
    expectThrows(() => decodeBasic(basic(`user:${secret}\r\n`)), BasicTokenError, 'CONTROL_CHARACTER', {
      words: [messages.authorization],
      secrets: [secret],
    });
    expectThrows(() => decodeBasic(basic(`us\0er:${secret}`)), BasicTokenError, 'CONTROL_CHARACTER', {
      words: [messages.authorization],
      secrets: [secret],
    });
    expectThrows(() => decodeBasic(basic(`user:a\u0085b`)), BasicTokenError, 'CONTROL_CHARACTER', {
      words: [messages.authorization],
    });
    expectThrows(() => decodeBasic(basic(`ü\x7f:x`)), BasicTokenError, 'CONTROL_CHARACTER', {
      words: [messages.authorization],
    });
  });

  describe('length', () => {
    it('accepts MAX_BASIC_HEADER_LENGTH characters and refuses one more, before parsing', () => {
      const longest = `Basic ${btoa(`u:${'p'.repeat(6136)}`)}  `;
      expect(longest.length).toBe(8192);
      expect(longest.length).toBe(MAX_BASIC_HEADER_LENGTH);
      expect(decodeBasic(longest).password).toHaveLength(6136);
      expectThrows(() => decodeBasic(`${longest} `), BasicTokenError, 'TOO_LONG', {
        words: [messages.authorization],
      });
    });

    it('takes another maxLength', () => {
      expectThrows(
        () => decodeBasic('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', { maxLength: 20 }),
        BasicTokenError,
        'TOO_LONG',
        { words: [messages.authorization] },
      );
      const long = `Basic ${btoa(`u:${'p'.repeat(9000)}`)}`;
      expect(decodeBasic(long, { maxLength: 20_000 }).password).toHaveLength(9000);
    });

    it('refuses a maxLength that is not a positive safe integer with INVALID_OPTION', () => {
      // Regression: NaN lifted the bound, a Symbol threw a TypeError, -1 made a silly message.
      const header = 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==';
      for (const maxLength of invalidMaxLengths) {
        const error = expectThrows(
          () => decodeBasic(header, { maxLength } as never),
          BasicTokenError,
          'INVALID_OPTION',
          { secrets: ['open sesame'] },
        );
        expect(error.message).toBe('[@auth/basic-token] maxLength must be a positive safe integer');
      }
      // Left out (undefined or null) is the default; the smallest and the largest are taken.
      for (const options of [undefined, {}, { maxLength: undefined }, { maxLength: null }] as never[]) {
        expect(decodeBasic(header, options).username).toBe('Aladdin');
      }
      expectThrows(() => decodeBasic(header, { maxLength: 2 }), BasicTokenError, 'TOO_LONG', {
        words: [messages.authorization],
      });
      expect(decodeBasic(header, { maxLength: Number.MAX_SAFE_INTEGER }).username).toBe('Aladdin');
    });

    // A megabyte takes a while on a loaded machine: the timeout only stops a hang; no clock decides.
    it('reads a megabyte of hostile input to an answer (returns or throws its error)', () => {
      const megabyte = 1 << 20;
      const options = { maxLength: Number.MAX_SAFE_INTEGER };
      expectThrows(() => decodeBasic(' '.repeat(megabyte), options), BasicTokenError, 'WRONG_SCHEME');
      expectThrows(
        () => decodeBasic(`Basic${' '.repeat(megabyte)}`, options),
        BasicTokenError,
        'INVALID_BASE64',
      );
      expectThrows(
        () => decodeBasic(`Basic${' '.repeat(megabyte)}x`, options),
        BasicTokenError,
        'INVALID_BASE64',
      );
      expectThrows(
        () => decodeBasic(`${'\t '.repeat(megabyte / 2)}Bearer`, options),
        BasicTokenError,
        'WRONG_SCHEME',
      );
      expectThrows(
        () => decodeBasic(`Basic ${'QUFB'.repeat(megabyte / 4)}`, options),
        BasicTokenError,
        'MISSING_COLON',
      );
      expectThrows(
        () => decodeBasic(`Basic ${'A'.repeat(megabyte)}=`, options),
        BasicTokenError,
        'INVALID_BASE64',
      );
      expectThrows(
        () => decodeBasic(`Basic ${'='.repeat(megabyte)}`, options),
        BasicTokenError,
        'INVALID_BASE64',
      );
      expectThrows(
        () => decodeBasic(`Basic ${'A'.repeat(megabyte)}\r\n`, options),
        BasicTokenError,
        'CONTROL_CHARACTER',
      );
      expectThrows(
        () => decodeBasic(`${'\t'.repeat(megabyte)}Basic\0`, options),
        BasicTokenError,
        'CONTROL_CHARACTER',
      );
      expectThrows(
        () => decodeBasic(`Basic ${'AAAA'.repeat(megabyte / 4)}`, options),
        BasicTokenError,
        'MISSING_COLON',
      );
      expectThrows(
        () => decodeBasic(basic(`a:${'\0'.repeat(megabyte)}`), options),
        BasicTokenError,
        'CONTROL_CHARACTER',
      );
      expect(decodeBasic(basic(`u:${'é'.repeat(megabyte / 4)}`), options).password).toHaveLength(
        megabyte / 4,
      );
      // and refused at once by default
      expectThrows(() => decodeBasic(' '.repeat(megabyte)), BasicTokenError, 'TOO_LONG');
      expectThrows(() => decodeBasic(`Basic ${'QUFB'.repeat(megabyte / 4)}`), BasicTokenError, 'TOO_LONG');
      // Eleven megabyte values: the wait allowed on a shared machine, not a timed assertion.
    }, 120_000);
  });
});
