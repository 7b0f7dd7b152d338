import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { TlsCheckError } from './errors.ts';
import { empty, missing, readText } from './text.ts';

const read = (value: unknown) => () => readText(value, 'field', 'a thing', 'INVALID_HOST');

describe('readText: the house phrasings of the root README', () => {
  it('returns usable text as it is', () => {
    expect(readText('a b\u00e9', 'field', 'a thing', 'INVALID_HOST')).toBe('a b\u00e9');
    expect(missing('field', 'a thing')).toBe('field is missing; pass a thing');
    expect(empty('field', 'a thing')).toBe('field is empty; pass a thing');
  });

  it.each([
    [undefined, 'INVALID_HOST', 'field is missing; pass a thing'],
    [null, 'INVALID_HOST', 'field is missing; pass a thing'],
    ['', 'INVALID_HOST', 'field is empty; pass a thing'],
    [42, 'NOT_A_STRING', 'field must be a string, got number'],
    [[], 'NOT_A_STRING', 'field must be a string, got object'],
    [Symbol('x'), 'NOT_A_STRING', 'field must be a string, got symbol'],
    ['\nx', 'INVALID_HOST', 'field starts with a newline; trim it'],
    [' x', 'INVALID_HOST', 'field starts with a space; trim it'],
    ['\tx', 'INVALID_HOST', 'field starts with a tab; trim it'],
    ['\rx', 'INVALID_HOST', 'field starts with whitespace; trim it'],
    ['x\n', 'INVALID_HOST', 'field ends with a newline; trim it'],
    ['x ', 'INVALID_HOST', 'field ends with a space; trim it'],
    ['x\u3000', 'INVALID_HOST', 'field ends with whitespace; trim it'],
    [' ', 'INVALID_HOST', 'field starts with a space; trim it'],
    ['a\u0000b', 'INVALID_HOST', 'field holds a control character (U+0000) at index 1; remove it'],
    ['ab\u007f', 'INVALID_HOST', 'field holds a control character (U+007F) at index 2; remove it'],
    ['a\u009fb', 'INVALID_HOST', 'field holds a control character (U+009F) at index 1; remove it'],
    ['a\nb', 'INVALID_HOST', 'field holds a control character (U+000A) at index 1; remove it'],
  ] as const)('refuses %j with %s', (value, code, message) => {
    const error = expectThrows(read(value), TlsCheckError, code);
    expect(error.message).toBe(`[@auth/tls-check] ${message}`);
  });
});
