import { describe, expect, it } from 'vitest';
import { CorsPolicyError, type CorsPolicyErrorCode } from './errors.ts';
import { compileOptions } from './options.ts';
import { createCorsPolicy } from './policy.ts';
import type { CorsPolicyOptions } from './types.ts';

const APP = 'https://app.example.com';

function codeOf(options: unknown): { code: CorsPolicyErrorCode; message: string } {
  try {
    createCorsPolicy(options as CorsPolicyOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(CorsPolicyError);
    const { code, message } = error as CorsPolicyError;
    expect(message.startsWith('[@auth/cors-policy] options.')).toBe(true);
    return { code, message };
  }
  throw new Error('expected createCorsPolicy to throw');
}

describe('createCorsPolicy: option checks', () => {
  it.each([
    [
      { origins: '*', credentials: true },
      'WILDCARD_WITH_CREDENTIALS',
      'options.origins has "*"; list them: "*" is literal with credentials',
    ],
    [{ origins: APP, credentials: true, methods: ['*'] }, 'WILDCARD_WITH_CREDENTIALS', 'options.methods'],
    [{ origins: APP, credentials: true, allowHeaders: ['*'] }, 'WILDCARD_WITH_CREDENTIALS', 'allowHeaders'],
    [{ origins: APP, credentials: true, exposeHeaders: ['*'] }, 'WILDCARD_WITH_CREDENTIALS', 'exposeHeaders'],
    [{ origins: [] }, 'NO_ORIGINS', 'options.origins has []; list the origins of your pages'],
    [{ origins: '' }, 'NO_ORIGINS', 'options.origins has ""'],
    [{}, 'NO_ORIGINS', 'options.origins has null'],
    [{ origins: 42 }, 'NO_ORIGINS', 'options.origins has 42'],
    [
      { origins: 'app.example.com' },
      'INVALID_ORIGIN',
      '"app.example.com"; use scheme://host[:port], no path',
    ],
    [{ origins: [APP, 'https://app.example.com/'] }, 'INVALID_ORIGIN', '"https://app.example.com/"'],
    [{ origins: ['https://*.example.com'] }, 'INVALID_ORIGIN', 'RegExp for patterns'],
    [{ origins: [APP, '*'] }, 'INVALID_ORIGIN', 'options.origins has "*"; use scheme://host[:port]'],
    [
      { origins: ['*'], credentials: true },
      'WILDCARD_WITH_CREDENTIALS',
      'options.origins has "*"; list them: "*" is literal with credentials',
    ],
    [
      { origins: 'https://bücher.example' },
      'INVALID_ORIGIN',
      'options.origins has "https://bücher.example"; use "https://xn--bcher-kva.example", its origin (hosts in punycode)',
    ],
    [
      { origins: ['https://jdoe@app.example.com'] },
      'INVALID_ORIGIN',
      'options.origins has "https://jdoe@app.example.com"; use "https://app.example.com", its origin',
    ],
    [{ origins: [Symbol('x')] }, 'INVALID_ORIGIN', 'options.origins has Symbol(x); use scheme://host[:port]'],
    [
      { origins: APP, allowHeaders: 'x-api-key' },
      'INVALID_OPTION',
      'options.allowHeaders has "x-api-key"; use an array: ["x-api-key"]',
    ],
    [{ origins: APP, methods: 'GET' }, 'INVALID_OPTION', 'options.methods has "GET"; use an array: ["GET"]'],
    [
      { origins: APP, exposeHeaders: 'x' },
      'INVALID_OPTION',
      'options.exposeHeaders has "x"; use an array: ["x"]',
    ],
    [
      { origins: APP, allowAuth: 'bearer' },
      'INVALID_OPTION',
      'options.allowAuth has "bearer"; use an array: ["bearer"]',
    ],
    [{ origins: APP, methods: new Set(['GET']) }, 'INVALID_OPTION', 'options.methods has {}; use an array'],
    [{ origins: APP, allowHeaders: null }, 'INVALID_OPTION', 'options.allowHeaders has null; use an array'],
    [
      { origins: APP, credentials: 'true' },
      'INVALID_OPTION',
      'options.credentials has "true"; use true or false',
    ],
    [
      { origins: APP, privateNetwork: 1 },
      'INVALID_OPTION',
      'options.privateNetwork has 1; use true or false',
    ],
    [{ origins: [APP, 7] }, 'INVALID_ORIGIN', 'options.origins has 7'],
    [{ origins: 'https://evil.example\r\nx-injected: 1' }, 'INVALID_ORIGIN', 'use scheme://host'],
    [{ origins: APP, methods: ['GET', 'BAD METHOD'] }, 'INVALID_METHOD', 'options.methods has "BAD METHOD"'],
    [{ origins: APP, methods: [''] }, 'INVALID_METHOD', 'use an RFC 9110 token'],
    [{ origins: APP, methods: [1] }, 'INVALID_METHOD', 'options.methods has 1'],
    [
      { origins: APP, allowHeaders: ['x-a\r\nx-b'] },
      'INVALID_HEADER_NAME',
      'options.allowHeaders has "x-a\\r\\nx-b"',
    ],
    [{ origins: APP, exposeHeaders: ['x:y'] }, 'INVALID_HEADER_NAME', 'options.exposeHeaders has "x:y"'],
    [{ origins: APP, maxAge: -1 }, 'INVALID_MAX_AGE', 'options.maxAge has -1; use whole seconds, 0 or more'],
    [{ origins: APP, maxAge: 1.5 }, 'INVALID_MAX_AGE', '1.5'],
    [{ origins: APP, maxAge: Number.NaN }, 'INVALID_MAX_AGE', 'null'],
    [{ origins: APP, maxAge: '600' }, 'INVALID_MAX_AGE', '"600"'],
    [
      { origins: APP, allowAuth: ['bearer', 'oauth'] },
      'INVALID_ALLOW_AUTH',
      'use none, bearer, api-token, password, other',
    ],
  ])('%j is refused with %s', (options, code, words) => {
    const error = codeOf(options);
    expect(error.code).toBe(code);
    expect(error.message).toContain(words);
  });

  it.each([[undefined], [null]])(
    'refuses createCorsPolicy(%s) with NO_ORIGINS, not a TypeError',
    (options) => {
      expect(() => createCorsPolicy(options as unknown as CorsPolicyOptions)).toThrow(
        new CorsPolicyError('NO_ORIGINS', 'options.origins has null; list the origins of your pages, or "*"'),
      );
      expect(() => (createCorsPolicy as () => unknown)()).toThrow(CorsPolicyError);
    },
  );

  it('names a value JSON cannot show (a BigInt) by its type', () => {
    expect(codeOf({ origins: APP, maxAge: 10n })).toEqual({
      code: 'INVALID_MAX_AGE',
      message: '[@auth/cors-policy] options.maxAge has bigint; use whole seconds, 0 or more',
    });
  });

  it('reads origins ["*"] as "*", and credentials/privateNetwork false when left out', () => {
    const compiled = compileOptions({ origins: ['*'], credentials: false, privateNetwork: undefined });
    expect(compiled).toMatchObject({ star: true, credentials: false, privateNetwork: false });
    expect(compileOptions({ origins: APP, privateNetwork: true }).privateNetwork).toBe(true);
  });

  it('does not accept "x-a\\r\\nx-b" into any header value (header injection)', () => {
    expect(() => createCorsPolicy({ origins: APP, exposeHeaders: ['x\n'] })).toThrow(CorsPolicyError);
  });

  it('precomputes the header values with their defaults', () => {
    const compiled = compileOptions({ origins: APP });
    expect(compiled).toMatchObject({
      star: false,
      methodsValue: 'GET,HEAD,PUT,PATCH,POST,DELETE',
      headersValue: 'authorization,content-type',
      exposeValue: '',
      maxAge: '',
      credentials: false,
      privateNetwork: false,
    });
    expect([...compiled.allowAuth]).toEqual(['none', 'bearer']);
  });

  it('lower-cases and de-duplicates allowHeaders, authorization first', () => {
    const compiled = compileOptions({
      origins: APP,
      allowHeaders: ['X-Request-Id', 'Authorization', 'x-request-id'],
    });
    expect(compiled.headersValue).toBe('authorization,x-request-id');
  });

  it('accepts maxAge 0, an empty allowAuth, "null" and wildcards without credentials', () => {
    expect(compileOptions({ origins: ['null', APP], maxAge: 0, allowAuth: [] }).maxAge).toBe('0');
    expect(() => createCorsPolicy({ origins: '*', methods: ['*'], exposeHeaders: ['*'] })).not.toThrow();
  });

  it('does not keep a reference to the arrays it was given', () => {
    const methods = ['GET'];
    const policy = compileOptions({ origins: APP, methods });
    methods.push('DELETE');
    expect(policy.methodsValue).toBe('GET');
  });
});
