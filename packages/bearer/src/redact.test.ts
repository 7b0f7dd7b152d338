import { describe, expect, it } from 'vitest';
import { redactBearer } from './index.ts';

const ZENDESK = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';

describe('redactBearer', () => {
  it.each([
    ['a header value', `Bearer ${ZENDESK}`, 'Bearer gEry****'],
    ['a bare token', ZENDESK, 'Bearer gEry****'],
    ['any scheme case and spacing', ` bearer   ${ZENDESK}\n`, 'Bearer gEry****'],
    ['a JWT', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig', 'Bearer eyJh****'],
    ['16 characters: 4 shown', 'abcdefghijklmnop', 'Bearer abcd****'],
    ['15 characters: 3 shown', 'abcdefghijklmno', 'Bearer abc****'],
    ['8 characters: 2 shown', 'Bearer abcdefgh', 'Bearer ab****'],
    ['7 characters: 1 shown', 'abcdefg', 'Bearer a****'],
    ['3 characters: none shown', 'Bearer abc', 'Bearer ****'],
    ['the scheme alone', 'Bearer', 'Bearer ****'],
    ['an empty value', '', 'Bearer ****'],
    [
      'a Basic header',
      'Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2',
      'Bearer ****',
    ],
    ['two tokens', `Bearer ${ZENDESK} ${ZENDESK}`, 'Bearer ****'],
    ['a control character', `Bearer ${ZENDESK}\0`, 'Bearer ****'],
    ['a value over the limit', `Bearer ${'a'.repeat(20000)}`, 'Bearer ****'],
  ])('redacts %s', (_, value, expected) => {
    expect(redactBearer(value)).toBe(expected);
  });

  it.each([undefined, null, 42, {}, Symbol('x')])('never throws, even for %s', (value) => {
    expect(redactBearer(value)).toBe('Bearer ****');
  });
});
