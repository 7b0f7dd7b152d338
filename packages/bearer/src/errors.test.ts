import { describe, expect, it } from 'vitest';
import { BearerError, bearerHeader } from './index.ts';

describe('BearerError', () => {
  it('carries its code, its name and the package prefix', () => {
    const error = new BearerError('EMPTY_TOKEN', 'something is wrong; fix it');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BearerError');
    expect(error.code).toBe('EMPTY_TOKEN');
    expect(error.message).toBe('[@auth/bearer] something is wrong; fix it');
    expect(String(error)).toBe('BearerError: [@auth/bearer] something is wrong; fix it');
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'BearerError', code: 'EMPTY_TOKEN' });
  });

  it('keeps the cause it was given', () => {
    const cause = new TypeError('underlying');
    expect(new BearerError('EMPTY_TOKEN', 'x', { cause }).cause).toBe(cause);
  });

  it('is what the JSDoc example catches', () => {
    let caught: unknown;
    try {
      bearerHeader('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BearerError);
    expect((caught as BearerError).code).toBe('WHITESPACE');
    expect((caught as BearerError).message).toBe('[@auth/bearer] token must be a bare RFC 6750 b64token');
  });
});
