import { describe, expect, it } from 'vitest';
import { classifyAuthorization } from './classify.ts';

// The kinds of every spelling are vectors (conformance/vectors/cors-policy.js, run by
// conformance.test.ts); these are the cases only a typed caller can get wrong.
describe('classifyAuthorization', () => {
  it('calls non-strings (from untyped callers) other, never throwing', () => {
    for (const value of [42, {}, ['Bearer x'], Symbol('x')]) {
      expect(classifyAuthorization(value as unknown as string)).toBe('other');
    }
  });

  it('reads every Basic element of a value joined from repeated headers, the worst kind winning', () => {
    const password = `Basic ${btoa('jdoe@example.com:pw')}`;
    const apiToken = `Basic ${btoa('jdoe@example.com/token:abc')}`;
    expect(classifyAuthorization(`${password}, ${password}`)).toBe('password');
    expect(classifyAuthorization(`${apiToken}, ${password}`)).toBe('api-token');
    expect(classifyAuthorization(`${password}, ${apiToken}`)).toBe('api-token');
  });

  it('judges a Bearer token with @auth/bearer: a token it refuses is other', () => {
    expect(classifyAuthorization(`Bearer ${'a'.repeat(16_384)}`)).toBe('bearer');
    expect(classifyAuthorization(`Bearer ${'a'.repeat(16_385)}`)).toBe('other');
  });
});
