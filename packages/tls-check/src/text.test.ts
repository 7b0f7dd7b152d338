import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { TlsCheckError } from './errors.ts';
import { readText } from './text.ts';

const read = (value: unknown) => () => readText(value, 'field', 'a thing', 'INVALID_HOST');

describe('readText: the house phrasings of the root README', () => {
  it('returns usable text as it is', () => {
    expect(read('a b\u00e9')()).toBe('a b\u00e9');
  });

  it.each([
    [undefined, 'INVALID_HOST', 'field is missing; pass a thing'],
    [null, 'INVALID_HOST', 'field is missing; pass a thing'],
    ['', 'INVALID_HOST', 'field is empty; pass a thing'],
    [42, 'NOT_A_STRING', 'field must be a string, got number'],
    [[], 'NOT_A_STRING', 'field must be a string, got object'],
    [Symbol('x'), 'NOT_A_STRING', 'field must be a string, got symbol'],
    ['\nx', 'INVALID_HOST', 'field has whitespace at an end; trim it'],
    [' x', 'INVALID_HOST', 'field has whitespace at an end; trim it'],
    ['\rx', 'INVALID_HOST', 'field has whitespace at an end; trim it'],
    ['x\t', 'INVALID_HOST', 'field has whitespace at an end; trim it'],
    ['x\u3000', 'INVALID_HOST', 'field has whitespace at an end; trim it'],
    ['x\ufeff', 'INVALID_HOST', 'field has whitespace at an end; trim it'],
    [' ', 'INVALID_HOST', 'field has whitespace at an end; trim it'],
    ['a\u0000b', 'INVALID_HOST', 'field holds a control character; remove it'],
    ['ab\u007f', 'INVALID_HOST', 'field holds a control character; remove it'],
    ['a\u009fb', 'INVALID_HOST', 'field holds a control character; remove it'],
    ['a\nb', 'INVALID_HOST', 'field holds a control character; remove it'],
  ] as const)('refuses %j with %s', (value, code, message) => {
    const error = expectThrows(read(value), TlsCheckError, code);
    expect(error.message).toBe(`[@auth/tls-check] ${message}`);
  });
});
