import { describe, expect, it } from 'vitest';
import { BearerError } from './index.ts';

describe('BearerError', () => {
  it('carries its code, its name and the package prefix', () => {
    const error = new BearerError('EMPTY_TOKEN', 'something is wrong; fix it');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BearerError');
    expect(error.code).toBe('EMPTY_TOKEN');
    expect(error.message).toBe('[@auth/bearer] something is wrong; fix it');
    expect(String(error)).toBe('BearerError: [@auth/bearer] something is wrong; fix it');
  });

  it('keeps the cause it was given', () => {
    const cause = new TypeError('underlying');
    expect(new BearerError('EMPTY_TOKEN', 'x', { cause }).cause).toBe(cause);
  });
});
