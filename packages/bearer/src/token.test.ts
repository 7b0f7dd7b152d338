import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { messages } from '../../../conformance/vectors/bearer.js';
import {
  BEARER_MAX_LENGTH,
  BearerError,
  type BearerErrorCode,
  bearerHeader,
  isBearerToken,
} from './index.ts';

const ZENDESK = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.NHVaYe26MbtOYhSKkoKYdFVomg4i8ZJd8_-RU8VNbftc4TSMb4bXP3l3YlNWACwyXPGffz5aXHc6lty1Y2t4SWRqGteragsVdZufDn5BlnJl9pdR_kdVFUsra2rWKEofkZeIC4yWytE58sMIihvo9H1ScmmVwBcQP6XETqYd0aSHp1gOa9RdUPDvoXQ5oqygTqVtxaDr6wUFKrKItgBMzWIdNZ6y7O9E0DhEPTbE9rfBo6KTFsHAZnMg4k68CDp2woYIaXbmYTWcvbzIuHO7_37GT79XdIwkm95QJ7hYC9RiwrV7mesbY4PAahERJawntho0my942XheVLmGwLMBkQ';

describe('isBearerToken', () => {
  it.each([
    ['the Zendesk example', ZENDESK],
    ['a JWT', JWT],
    ['every b64token character', 'AZaz09-._~+/'],
    ['trailing padding', 'abc=='],
    ['one character', 'a'],
    ['the longest accepted', 'a'.repeat(BEARER_MAX_LENGTH)],
  ])('accepts %s', (_, token) => {
    expect(isBearerToken(token)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['a pasted newline', `${ZENDESK}\n`],
    ['CRLF', `${ZENDESK}\r\n`],
    ['a leading space', ` ${ZENDESK}`],
    ['a space inside', 'abc def'],
    ['a tab', 'abc\tdef'],
    ['NUL', 'abc\0'],
    ['a C1 control', 'ab\u0085c'],
    ['padding only', '=='],
    ['"=" inside', 'ab=c'],
    ['a comma', 'a,b'],
    ['a quote', 'a"b'],
    ['non-ASCII', 'tökén'],
    ['a dotless i (would case-fold to I)', '\u0131'],
    ['a long s (would case-fold to S)', '\u017f'],
    ['the Kelvin sign (would case-fold to k)', '\u212a'],
    ['too long', 'a'.repeat(BEARER_MAX_LENGTH + 1)],
  ])('refuses %s', (_, token) => {
    expect(isBearerToken(token)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['abc'], new String('abc')])('refuses the non-string %o', (value) => {
    expect(isBearerToken(value)).toBe(false);
  });
});

describe('bearerHeader', () => {
  it('prefixes a valid token with "Bearer "', () => {
    expect(bearerHeader(ZENDESK)).toBe(`Bearer ${ZENDESK}`);
    expect(bearerHeader(JWT)).toBe(`Bearer ${JWT}`);
    expect(bearerHeader('abc==')).toBe('Bearer abc==');
  });

  it('refuses a pasted newline, naming the field and what it must be', () => {
    const error = expectThrows(() => bearerHeader(`${ZENDESK}\n`), BearerError, 'WHITESPACE', {
      secrets: [ZENDESK],
    });
    expect(error.message).toBe(`[@auth/bearer] ${messages.token}`);
  });

  it.each<[string, string, BearerErrorCode]>([
    ['empty', '', 'EMPTY_TOKEN'],
    ['a leading newline', `\r${ZENDESK}`, 'WHITESPACE'],
    ['a trailing space', `${ZENDESK} `, 'WHITESPACE'],
    ['a leading tab', `\t${ZENDESK}`, 'WHITESPACE'],
    ['a non-ASCII space at the end', `${ZENDESK}\u00a0`, 'WHITESPACE'],
    ['a space inside', `${ZENDESK} ${ZENDESK}`, 'WHITESPACE'],
    ['a line feed inside (header injection)', `${ZENDESK}\nX-Admin: 1`, 'CONTROL_CHARACTER'],
    ['NUL', `${ZENDESK}\0`, 'CONTROL_CHARACTER'],
    ['DEL', `a\x7f${ZENDESK}`, 'CONTROL_CHARACTER'],
    ['a tab inside', `a\t${ZENDESK}`, 'CONTROL_CHARACTER'],
    ['NEL (U+0085, a C1 control)', `ab\u0085${ZENDESK}`, 'CONTROL_CHARACTER'],
    ['U+0080 (first C1 control)', `${ZENDESK}\u0080x`, 'CONTROL_CHARACTER'],
    ['CSI (U+009B)', `${ZENDESK}\u009b31m`, 'CONTROL_CHARACTER'],
    ['APC (U+009F, last C1 control)', `x\u009f${ZENDESK}`, 'CONTROL_CHARACTER'],
    ['a comma', `${ZENDESK},x`, 'INVALID_CHARACTER'],
    ['non-ASCII', `${ZENDESK}é`, 'INVALID_CHARACTER'],
    ['NBSP inside (U+00A0, not a control)', `a\u00a0${ZENDESK}`, 'INVALID_CHARACTER'],
    ['"=" inside', `${ZENDESK}=x`, 'INVALID_PADDING'],
    ['padding only', '==', 'INVALID_PADDING'],
  ])('refuses %s with %s', (_, token, code) => {
    expectThrows(() => bearerHeader(token), BearerError, code, {
      words: [messages.token],
      secrets: token.length > 8 ? [ZENDESK] : [],
    });
  });

  it('refuses a C1 control as CONTROL_CHARACTER, not INVALID_CHARACTER', () => {
    expectThrows(() => bearerHeader('ab\u0085c'), BearerError, 'CONTROL_CHARACTER');
  });

  it('refuses a token over BEARER_MAX_LENGTH without scanning it', () => {
    expect(BEARER_MAX_LENGTH).toBe(16384);
    expectThrows(() => bearerHeader('a'.repeat(BEARER_MAX_LENGTH + 1)), BearerError, 'TOO_LONG', {
      words: [messages.token],
    });
  });

  it('calls a missing token missing (an unset variable), anything else not a string', () => {
    for (const missing of [undefined, null]) {
      const error = expectThrows(
        () => bearerHeader(missing as unknown as string),
        BearerError,
        'EMPTY_TOKEN',
      );
      expect(error.message).toBe(`[@auth/bearer] ${messages.token}`);
    }
    expectThrows(() => bearerHeader(42 as unknown as string), BearerError, 'NOT_A_STRING', {
      words: [messages.token],
    });
  });

  it('says to pass the bare token when given a whole Authorization value', () => {
    for (const value of [`Bearer ${ZENDESK}`, `bearer ${ZENDESK}`, `BEARER   ${ZENDESK}`]) {
      const error = expectThrows(() => bearerHeader(value), BearerError, 'WHITESPACE', {
        secrets: [ZENDESK],
      });
      expect(error.message).toBe(`[@auth/bearer] ${messages.token}`);
    }
  });
});
