import { describe, expect, it } from 'vitest';
import { compileOptions } from './options.ts';

const APP = 'https://app.example.com';

// Which options are refused, with which code and message, is a vector
// (conformance/vectors/cors-policy.js, run here by conformance.test.ts); here, what they compile to.
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

  it('with credentials, asks a RegExp or predicate once whether it allows an origin nobody owns', () => {
    const asked: string[] = [];
    const own = (origin: string) => {
      asked.push(origin);
      return origin === APP;
    };
    const compiled = compileOptions({ origins: own, credentials: true });
    expect(asked).toEqual(['https://any-site.invalid']);
    expect(compiled.allows(APP)).toBe(true);
    // Anchored, a RegExp that allows the app's subdomains passes; unanchored, one that allows anything fails.
    expect(
      compileOptions({ origins: /^https:\/\/(\w+\.)?example\.com$/, credentials: true }).allows(APP),
    ).toBe(true);
    expect(() => compileOptions({ origins: /\.invalid$/, credentials: true })).toThrow(/allows every origin/);
    // Without credentials, nothing is asked at creation.
    asked.length = 0;
    compileOptions({ origins: own });
    expect(asked).toEqual([]);
  });

  it('does not keep a reference to the arrays it was given', () => {
    const methods = ['GET'];
    const compiled = compileOptions({ origins: APP, methods });
    methods.push('DELETE');
    expect(compiled.preflightGrant[0]).toEqual(['access-control-allow-methods', 'GET']);
  });
});
