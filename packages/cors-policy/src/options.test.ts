import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { CorsPolicyError, type CorsPolicyErrorCode } from './errors.ts';
import { compileOptions } from './options.ts';
import type { CorsPolicyOptions } from './types.ts';

const APP = 'https://app.example.com';
const compile = (options: unknown) => () => compileOptions(options as CorsPolicyOptions);

// Which options are refused, with which code, is a vector (conformance/vectors/cors-policy.js);
// here, each message in full: the value as given, and a fix that works (issue 17.3).
describe('compileOptions: messages', () => {
  it.each([
    [undefined, 'NO_ORIGINS', 'options.origins is missing; pass the origins of your pages, or "*"'],
    [{ origins: [] }, 'NO_ORIGINS', 'options.origins is empty; pass the origins of your pages, or "*"'],
    [{ origins: 42 }, 'INVALID_OPTION', 'options.origins is 42; pass origins, "*", a RegExp or a predicate'],
    [
      { origins: '*', credentials: true },
      'WILDCARD_WITH_CREDENTIALS',
      'options.origins is "*"; browsers refuse it with credentials: true; list the origins',
    ],
    [
      { origins: APP, methods: ['GET', '*'], credentials: true },
      'WILDCARD_WITH_CREDENTIALS',
      'options.methods[1] is "*"; with credentials: true browsers read it as a name; list the names',
    ],
    [
      { origins: [APP, /\.example\.com$/] },
      'INVALID_ORIGIN',
      'options.origins[1] is /\\.example\\.com$/; a list holds origins only: pass the RegExp alone, or a predicate',
    ],
    [
      { origins: [APP, '*'] },
      'INVALID_ORIGIN',
      'options.origins[1] is "*"; "*" allows every origin: pass origins: "*" alone',
    ],
    [
      { origins: 'https://bücher.example' },
      'INVALID_ORIGIN',
      'options.origins is "https://bücher.example"; pass "https://xn--bcher-kva.example", its origin (hosts in punycode)',
    ],
    [
      { origins: ['https://*.example.com'] },
      'INVALID_ORIGIN',
      'options.origins[0] is "https://*.example.com"; pass "scheme://host[:port]" (a RegExp or a predicate for patterns)',
    ],
    [
      { origins: [Symbol('x')] },
      'INVALID_ORIGIN',
      'options.origins[0] is Symbol(x); pass "scheme://host[:port]" (a RegExp or a predicate for patterns)',
    ],
    [
      { origins: async () => true },
      'INVALID_OPTION',
      'options.origins is an async function; pass a predicate that returns true or false at once (not async)',
    ],
    [
      { origins: APP, allowHeaders: 'a,b' },
      'INVALID_OPTION',
      'options.allowHeaders is "a,b"; pass ["a","b"]',
    ],
    [
      { origins: APP, allowHeaders: ['a,b'] },
      'INVALID_HEADER_NAME',
      'options.allowHeaders[0] is "a,b"; pass ["a","b"]',
    ],
    [
      { origins: APP, methods: new Set(['GET']) },
      'INVALID_OPTION',
      'options.methods is [object Set]; pass an array',
    ],
    [
      { origins: APP, methods: ['BAD METHOD'] },
      'INVALID_METHOD',
      'options.methods[0] is "BAD METHOD"; pass an RFC 9110 token',
    ],
    [
      { origins: APP, methods: [Symbol('GET')] },
      'INVALID_METHOD',
      'options.methods[0] is Symbol(GET); pass an RFC 9110 token',
    ],
    [
      { origins: APP, exposeHeaders: ['x-a\r\nx-b'] },
      'INVALID_HEADER_NAME',
      'options.exposeHeaders[0] is "x-a\\r\\nx-b"; pass an RFC 9110 token',
    ],
    [
      { origins: APP, allowAuth: ['OAuth'] },
      'INVALID_ALLOW_AUTH',
      'options.allowAuth[0] is "OAuth"; pass one of ["none","bearer","api-token","password","other"]',
    ],
    [
      { origins: APP, maxAge: '600' },
      'INVALID_MAX_AGE',
      'options.maxAge is "600"; pass whole seconds, 0 or more',
    ],
    [
      { origins: APP, maxAge: 10n },
      'INVALID_MAX_AGE',
      'options.maxAge is 10n; pass whole seconds, 0 or more',
    ],
    [
      { origins: APP, maxAge: Number.NaN },
      'INVALID_MAX_AGE',
      'options.maxAge is NaN; pass whole seconds, 0 or more',
    ],
    [
      { origins: APP, credentials: 'true' },
      'INVALID_OPTION',
      'options.credentials is "true"; pass true or false',
    ],
    [{ origins: APP, onError: 'log' }, 'INVALID_OPTION', 'options.onError is "log"; pass a function'],
    [
      { origins: APP, allowedHeaders: ['x'] },
      'INVALID_OPTION',
      'options.allowedHeaders is unknown; pass options of ["origins","methods","allowHeaders","exposeHeaders","allowAuth","maxAge","credentials","privateNetwork","onError"]',
    ],
  ] as const)('%#: %s', (options, code, message) => {
    const error = expectThrows(compile(options), CorsPolicyError, code as CorsPolicyErrorCode);
    expect(error.message).toBe(`[@auth/cors-policy] ${message}`);
  });

  it('says so when a predicate answers no boolean, at the request that asks', () => {
    const { allows } = compileOptions({ origins: ((origin: string) => (origin ? origin : null)) as never });
    const error = expectThrows(() => allows('HTTPS://App.Example.com'), CorsPolicyError, 'INVALID_OPTION');
    expect(error.message).toBe(
      '[@auth/cors-policy] options.origins is a function that returned "https://app.example.com" for ' +
        'https://app.example.com; pass a predicate that returns true or false at once (not async)',
    );
  });
});

describe('compileOptions: what the hot path reads', () => {
  it('precomputes the grants with their defaults, leaving out empty values', () => {
    expect(compileOptions({ origins: APP })).toMatchObject({
      star: false,
      responseGrant: [],
      preflightGrant: [
        ['access-control-allow-methods', 'GET,HEAD,PUT,PATCH,POST,DELETE'],
        ['access-control-allow-headers', 'authorization,content-type'],
      ],
      privateNetwork: false,
    });
    expect([...compileOptions({ origins: APP }).allowAuth]).toEqual(['none', 'bearer']);
  });

  it('writes credentials, exposed headers and maxAge (0 included) into the grants', () => {
    const compiled = compileOptions({
      origins: [APP],
      credentials: true,
      exposeHeaders: ['X-Rate-Limit'],
      methods: [],
      maxAge: 0,
    });
    expect(compiled.responseGrant).toEqual([
      ['access-control-allow-credentials', 'true'],
      ['access-control-expose-headers', 'X-Rate-Limit'],
    ]);
    expect(compiled.preflightGrant).toEqual([
      ['access-control-allow-credentials', 'true'],
      ['access-control-allow-headers', 'authorization,content-type'],
      ['access-control-max-age', '0'],
    ]);
  });

  it('lower-cases and de-duplicates allowHeaders, authorization first', () => {
    const compiled = compileOptions({
      origins: APP,
      allowHeaders: ['X-Request-Id', 'Authorization', 'x-request-id'],
    });
    expect([...compiled.headers]).toEqual(['authorization', 'x-request-id']);
  });

  it('reads origins ["*"] as "*", and accepts "null" and wildcards without credentials', () => {
    expect(compileOptions({ origins: ['*'] }).star).toBe(true);
    expect(compileOptions({ origins: ['null', APP] }).allows('null')).toBe(true);
    expect(
      compileOptions({ origins: '*', methods: ['*'], allowHeaders: ['*'], exposeHeaders: ['*'] }).star,
    ).toBe(true);
  });

  it('does not keep a reference to the arrays it was given', () => {
    const methods = ['GET'];
    const compiled = compileOptions({ origins: APP, methods });
    methods.push('DELETE');
    expect(compiled.preflightGrant[0]).toEqual(['access-control-allow-methods', 'GET']);
  });
});
