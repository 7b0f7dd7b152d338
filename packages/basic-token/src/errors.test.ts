import { describe, expect, it } from 'vitest';
import { BasicTokenError } from './index.ts';

describe('BasicTokenError', () => {
  it('carries its code, its name and the package prefix', () => {
    const error = new BasicTokenError('EMPTY_EMAIL', 'something is wrong; fix it');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BasicTokenError');
    expect(error.code).toBe('EMPTY_EMAIL');
    expect(error.message).toBe('[@auth/basic-token] something is wrong; fix it');
    expect(String(error)).toBe('BasicTokenError: [@auth/basic-token] something is wrong; fix it');
  });

  it('keeps the cause it was given', () => {
    const cause = new TypeError('underlying');
    expect(new BasicTokenError('EMPTY_EMAIL', 'x', { cause }).cause).toBe(cause);
  });
});
