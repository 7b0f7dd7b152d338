import { describe, expect, it } from 'vitest';
import { claims, jsdocExamples, readmeExamples, testExamples } from '../../../config/examples.ts';
import * as index from './index.ts';
import { assertCorsAllowedAuth, CorsPolicyError, createCorsPolicy } from './index.ts';
import * as options from './options.ts';
import * as origin from './origin.ts';
import * as refusal from './refusal.ts';
import * as response from './response.ts';

// The JSDoc also documents internal helpers: their examples run with the module's own exports.
const scope: Record<string, unknown> = { ...options, ...origin, ...refusal, ...response, ...index };

// Every `// => value` and `// throws CODE` of the README's and the JSDoc's ```ts blocks runs here
// (see config/examples.ts); the blocks that only show usage (fetch, servers) do not.
const readme = readmeExamples(new URL('../README.md', import.meta.url)).filter(({ code }) => claims(code));
const jsdoc = jsdocExamples(new URL('.', import.meta.url)).filter(({ code }) => claims(code));

it('states the 5 classifyAuthorization results in the README, 15 or more in the JSDoc', () => {
  expect(readme.map(({ code }) => claims(code))).toEqual([5]);
  expect(jsdoc.map(({ code }) => claims(code)).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(15);
});
describe('README code blocks', () => testExamples(readme, index));
describe('JSDoc @example blocks', () => testExamples(jsdoc, scope));

// The README's usage and its table, step by step: what they show is what these assertions check.
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
