import { describe, expect, it } from 'vitest';
import { assertCorsAllowedAuth, CorsPolicyError, classifyAuthorization, createCorsPolicy } from './index.ts';

// The README's usage, step by step: what it shows is what these assertions check.
describe('README example', () => {
  const policy = createCorsPolicy({
    origins: ['https://app.example.com'],
    exposeHeaders: ['x-rate-limit'],
    maxAge: 600,
  });
  let ran = 0;
  function api(_request: Request): Response {
    ran++;
    return Response.json({ user: 'jdoe' }, { headers: { 'x-rate-limit': '700' } });
  }
  const url = 'https://example.zendesk.com/api/v2/users/me.json';
  const APP = 'https://app.example.com';
  const apiToken = `Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`;

  it('client: assertCorsAllowedAuth passes a Bearer value and stops an API token with the fix', () => {
    const authorization = 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
    expect(assertCorsAllowedAuth(authorization)).toBe('bearer');
    expect(() => assertCorsAllowedAuth(apiToken)).toThrow(
      new CorsPolicyError(
        'AUTH_NOT_ALLOWED',
        'Authorization carries an API token, not allowed cross-origin; use an OAuth access token (Bearer) ' +
          'instead (API tokens stop working on 2027-04-30)',
      ),
    );
  });

  it('the classifyAuthorization examples', () => {
    expect(classifyAuthorization('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo')).toBe('bearer');
    expect(classifyAuthorization(apiToken)).toBe('api-token');
    expect(classifyAuthorization(`Basic ${btoa('jdoe@example.com:hunter2')}`)).toBe('password');
    expect(classifyAuthorization(null)).toBe('none');
    expect(classifyAuthorization('Digest username="jdoe"')).toBe('other');
  });

  it('server: the table of what the browser sees', async () => {
    const preflight = await policy.handle(
      new Request(url, {
        method: 'OPTIONS',
        headers: {
          origin: APP,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      }),
      api,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
    expect(preflight.headers.get('access-control-max-age')).toBe('600');

    const bearer = await policy.handle(
      new Request(url, {
        headers: { origin: APP, authorization: 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo' },
      }),
      api,
    );
    expect(bearer.headers.get('access-control-expose-headers')).toBe('x-rate-limit');
    expect(ran).toBe(1);

    const refused = await policy.handle(
      new Request(url, { headers: { origin: APP, authorization: apiToken } }),
      api,
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: 'cors_auth_not_allowed',
      kind: 'api-token',
      description:
        'Authorization carries an API token, not allowed cross-origin; use an OAuth access token (Bearer) ' +
        'instead (API tokens stop working on 2027-04-30)',
    });
    expect(ran).toBe(1);

    const evil = await policy.handle(
      new Request(url, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      }),
      api,
    );
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();

    const serverToServer = await policy.handle(
      new Request(url, { headers: { authorization: apiToken } }),
      api,
    );
    expect(serverToServer.status).toBe(200);
    expect(serverToServer.headers.get('vary')).toBe('Origin');
    expect(ran).toBe(2);
  });
});
