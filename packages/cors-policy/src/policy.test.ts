import { describe, expect, it, vi } from 'vitest';
import { createCorsPolicy } from './policy.ts';
import type { CorsNext, CorsPolicyOptions } from './types.ts';

const API = 'https://api.example.com/api/v2/users/me.json';
const APP = 'https://app.example.com';
const BEARER = 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const API_TOKEN_SECRET = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';
const API_TOKEN = `Basic ${btoa(`jdoe@example.com/token:${API_TOKEN_SECRET}`)}`;
const PASSWORD = `Basic ${btoa('jdoe@example.com:hunter2')}`;

const request = (headers: Record<string, string>, method = 'GET', url = API) =>
  new Request(url, { method, headers });
const preflight = (origin: string, method = 'GET', extra: Record<string, string> = {}) =>
  request({ origin, 'access-control-request-method': method, ...extra }, 'OPTIONS');
const ok: CorsNext = () => Response.json({ ok: true }, { headers: { 'x-rate-limit': '700' } });
const entries = (headers: Headers) => {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
};

const base: CorsPolicyOptions = { origins: [APP], exposeHeaders: ['X-Rate-Limit'] };

describe('createCorsPolicy: preflights', () => {
  const policy = createCorsPolicy({ ...base, maxAge: 600 });

  it('grants an allowed origin and method, listing authorization explicitly, without calling next', async () => {
    const next = vi.fn(ok);
    const response = await policy.handle(
      preflight(APP, 'POST', { 'access-control-request-headers': 'authorization,content-type' }),
      next,
    );
    expect(next).not.toHaveBeenCalled();
    expect(response.status).toBe(204);
    expect(entries(response.headers)).toEqual({
      'access-control-allow-origin': APP,
      'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
      'access-control-allow-headers': 'authorization,content-type',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    expect(await response.text()).toBe('');
  });

  it('explains the grant with evaluate, which calls nothing', () => {
    const decision = policy.evaluate(preflight(APP, 'DELETE'));
    expect(decision.allowed).toBe(true);
    expect(decision.reason).toBe('preflight-granted');
    expect(decision.headers.get('access-control-allow-origin')).toBe(APP);
    expect(decision.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
  });

  it.each([
    ['origin-not-allowed', preflight('https://evil.example')],
    ['origin-not-allowed', preflight('null')],
    ['method-not-allowed', preflight(APP, 'PROPFIND')],
    ['method-not-allowed', preflight(APP, 'patch')],
    [
      'headers-not-allowed',
      preflight(APP, 'GET', { 'access-control-request-headers': 'authorization,x-secret' }),
    ],
    [
      'private-network-not-allowed',
      preflight(APP, 'GET', { 'access-control-request-private-network': 'true' }),
    ],
  ] as const)('gives no grant for %s', async (reason, req) => {
    const decision = policy.evaluate(req);
    expect(decision).toMatchObject({ allowed: false, reason });
    expect(entries(decision.headers)).toEqual({ vary: 'Origin' });
    const next = vi.fn(ok);
    const response = await policy.handle(req, next);
    expect(next).not.toHaveBeenCalled();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('accepts requested headers in any case, with spaces and empty items', () => {
    const req = preflight(APP, 'PUT', { 'access-control-request-headers': ' Authorization , ,Content-Type' });
    expect(policy.evaluate(req).reason).toBe('preflight-granted');
  });

  it('answers Private Network Access preflights when privateNetwork is on', async () => {
    const pna = createCorsPolicy({ origins: APP, privateNetwork: true });
    const asked = preflight(APP, 'GET', { 'access-control-request-private-network': 'true' });
    const response = await pna.handle(asked, ok);
    expect(response.headers.get('access-control-allow-private-network')).toBe('true');
    const plain = await pna.handle(preflight(APP), ok);
    expect(plain.headers.get('access-control-allow-private-network')).toBeNull();
    expect(plain.headers.get('access-control-max-age')).toBeNull();
  });

  it('passes an OPTIONS request without Access-Control-Request-Method to next', async () => {
    const next = vi.fn(ok);
    const response = await policy.handle(request({ origin: APP }, 'OPTIONS'), next);
    expect(next).toHaveBeenCalledOnce();
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('allows any method and any header but authorization with "*" (no credentials)', () => {
    const open = createCorsPolicy({ origins: '*', methods: ['*'], allowHeaders: ['*'] });
    const decision = open.evaluate(
      preflight(APP, 'PROPFIND', { 'access-control-request-headers': 'x-anything' }),
    );
    expect(decision.reason).toBe('preflight-granted');
    expect(entries(decision.headers)).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': '*',
      'access-control-allow-headers': 'authorization,*',
    });
  });
});

describe('createCorsPolicy: requests', () => {
  const policy = createCorsPolicy(base);

  it('adds the grant to what next returns for an allowed Bearer request', async () => {
    const next = vi.fn(ok);
    const req = request({ origin: APP, authorization: BEARER });
    const response = await policy.handle(req, next);
    expect(next).toHaveBeenCalledWith(req);
    expect(response.status).toBe(200);
    expect(entries(response.headers)).toMatchObject({
      'access-control-allow-origin': APP,
      'access-control-expose-headers': 'X-Rate-Limit',
      vary: 'Origin',
      'x-rate-limit': '700',
    });
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await response.json()).toEqual({ ok: true });
    expect(policy.evaluate(req)).toMatchObject({ allowed: true, reason: 'request-granted' });
  });

  it('grants requests without credentials', () => {
    expect(policy.evaluate(request({ origin: APP })).reason).toBe('request-granted');
  });

  it.each([
    ['api-token', API_TOKEN],
    ['password', PASSWORD],
    ['other', 'Digest username="jdoe"'],
    ['other', 'Basic !!!'],
  ])('answers 403 to a cross-origin %s request without calling next', async (kind, authorization) => {
    const next = vi.fn(ok);
    const req = request({ origin: APP, authorization });
    const response = await policy.handle(req, next);
    expect(next).not.toHaveBeenCalled();
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('vary')).toBe('Origin');
    const body = await response.json();
    expect(body).toMatchObject({ error: 'cors_auth_not_allowed', kind });
    expect(body.description).toContain('use an OAuth access token (Bearer) instead');
    expect(JSON.stringify(body)).not.toContain(API_TOKEN_SECRET);
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(policy.evaluate(req)).toMatchObject({ allowed: false, reason: 'auth-not-allowed' });
  });

  it('refuses a disallowed kind from a disallowed origin too', async () => {
    const response = await policy.handle(
      request({ origin: 'https://evil.example', authorization: API_TOKEN }),
      ok,
    );
    expect(response.status).toBe(403);
  });

  it('mentions the 2027-04-30 end of API tokens in the 403 description', async () => {
    const response = await policy.handle(request({ origin: APP, authorization: API_TOKEN }), ok);
    expect((await response.json()).description).toContain('2027-04-30');
  });

  it('does not suggest Bearer when Bearer is not allowed either', async () => {
    const strict = createCorsPolicy({ origins: APP, allowAuth: ['none'] });
    const response = await strict.handle(request({ origin: APP, authorization: BEARER }), ok);
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body).toMatchObject({ kind: 'bearer' });
    expect(body.description).not.toContain('use an OAuth');
  });

  it('lets API tokens through when allowAuth lists them', async () => {
    const lax = createCorsPolicy({ origins: APP, allowAuth: ['bearer', 'api-token'] });
    expect(lax.evaluate(request({ origin: APP, authorization: API_TOKEN })).reason).toBe('request-granted');
    expect(lax.evaluate(request({ origin: APP })).reason).toBe('auth-not-allowed');
  });

  it('leaves server-to-server requests (no Origin) alone, API tokens included, but varies on Origin', async () => {
    const next = vi.fn(ok);
    const req = request({ authorization: API_TOKEN });
    const response = await policy.handle(req, next);
    expect(next).toHaveBeenCalledOnce();
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toBe('Origin');
    expect(policy.evaluate(req)).toMatchObject({ allowed: true, reason: 'same-origin-or-no-origin' });
  });

  it('treats a request carrying its own origin as same-origin', async () => {
    const req = request({ origin: 'https://api.example.com', authorization: PASSWORD }, 'POST');
    expect(policy.evaluate(req).reason).toBe('same-origin-or-no-origin');
    const lookalike = request({ origin: 'https://api.example.co', authorization: PASSWORD }, 'POST');
    expect(policy.evaluate(lookalike).reason).toBe('auth-not-allowed');
  });

  it('passes a request from a disallowed origin to next without a grant', async () => {
    const next = vi.fn(ok);
    const req = request({ origin: 'https://evil.example' });
    const response = await policy.handle(req, next);
    expect(next).toHaveBeenCalledOnce();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toBe('Origin');
    expect(policy.evaluate(req)).toMatchObject({ allowed: false, reason: 'origin-not-allowed' });
  });

  it('adds the grant to error responses so the page can read a 401 or 429', async () => {
    for (const status of [401, 429, 500]) {
      const response = await policy.handle(request({ origin: APP, authorization: BEARER }), () =>
        Response.json({ error: 'invalid_token' }, { status, headers: { 'www-authenticate': 'Bearer' } }),
      );
      expect(response.status).toBe(status);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    }
  });

  it('copies a response with immutable headers (Response.redirect, fetch)', async () => {
    const redirected = await policy.handle(request({ origin: APP }), () =>
      Response.redirect('https://api.example.com/elsewhere', 302),
    );
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe('https://api.example.com/elsewhere');
    expect(redirected.headers.get('access-control-allow-origin')).toBe(APP);
    const fetched = await policy.handle(request({ origin: APP }), () => fetch('data:text/plain,hello'));
    expect(fetched.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await fetched.text()).toBe('hello');
  });

  it('appends to an existing Vary and awaits an async next', async () => {
    const response = await policy.handle(
      request({ origin: APP }),
      async () => new Response('x', { headers: { vary: 'Accept-Encoding' } }),
    );
    expect(response.headers.get('vary')).toBe('Accept-Encoding, Origin');
  });

  it('matches origins after normalisation', () => {
    const odd = createCorsPolicy({ origins: ['HTTPS://APP.example.com:443', 'http://localhost:3000'] });
    expect(odd.evaluate(request({ origin: APP })).reason).toBe('request-granted');
    expect(odd.evaluate(request({ origin: 'https://App.Example.com:443' })).reason).toBe('request-granted');
    const granted = odd.evaluate(request({ origin: 'https://App.Example.com:443' }));
    expect(granted.headers.get('access-control-allow-origin')).toBe('https://App.Example.com:443');
    expect(odd.evaluate(request({ origin: 'http://localhost:3001' })).reason).toBe('origin-not-allowed');
    expect(odd.evaluate(request({ origin: 'not an origin' })).reason).toBe('origin-not-allowed');
  });

  it('matches Origin: null only when "null" is listed', () => {
    expect(policy.evaluate(request({ origin: 'null' })).reason).toBe('origin-not-allowed');
    const withNull = createCorsPolicy({ origins: ['null'] });
    const decision = withNull.evaluate(request({ origin: 'null' }));
    expect(decision.reason).toBe('request-granted');
    expect(decision.headers.get('access-control-allow-origin')).toBe('null');
    const everything = createCorsPolicy({ origins: /.*/ });
    expect(everything.evaluate(request({ origin: 'null' })).reason).toBe('origin-not-allowed');
    const yes = createCorsPolicy({ origins: () => true });
    expect(yes.evaluate(request({ origin: 'null' })).reason).toBe('origin-not-allowed');
  });

  it('matches a RegExp (stateless even with g/y flags) and a predicate on the normalised origin', () => {
    const pattern = createCorsPolicy({ origins: /^https:\/\/[a-z\d-]+\.example\.com$/gy });
    for (let i = 0; i < 3; i++) {
      expect(pattern.evaluate(request({ origin: 'https://APP.example.com:443' })).reason).toBe(
        'request-granted',
      );
    }
    expect(pattern.evaluate(request({ origin: 'https://example.com.evil' })).reason).toBe(
      'origin-not-allowed',
    );
    const seen: string[] = [];
    const predicate = createCorsPolicy({
      origins: (origin) => {
        seen.push(origin);
        return origin.endsWith('.example.com');
      },
    });
    expect(predicate.evaluate(request({ origin: 'HTTPS://App.Example.com' })).reason).toBe('request-granted');
    expect(seen).toEqual(['https://app.example.com']);
  });

  it('answers "*" without Vary for origins "*", to every origin and to requests without one', async () => {
    const open = createCorsPolicy({ origins: '*', exposeHeaders: ['x-rate-limit'] });
    const star = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-rate-limit' };
    const granted = await open.handle(request({ origin: APP, authorization: BEARER }), ok);
    expect(granted.headers.get('access-control-allow-origin')).toBe('*');
    expect(granted.headers.get('vary')).toBeNull();
    expect(open.evaluate(request({ origin: 'null' })).reason).toBe('request-granted');
    // No Origin and same-origin: the same headers, so a shared cache may store any copy.
    for (const req of [
      request({}),
      request({ authorization: BEARER }),
      request({ origin: 'https://api.example.com' }),
    ]) {
      const plain = new Response('x');
      expect(await open.handle(req, () => plain)).toBe(plain);
      expect(entries(plain.headers)).toEqual({ ...star, 'content-type': 'text/plain;charset=UTF-8' });
      expect(open.evaluate(req)).toMatchObject({ allowed: true, reason: 'same-origin-or-no-origin' });
      expect(entries(open.evaluate(req).headers)).toEqual(star);
    }
    const preflightGrant = await open.handle(preflight(APP, 'PUT'), ok);
    expect(preflightGrant.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflightGrant.headers.get('vary')).toBeNull();
  });

  it('keeps Vary: Origin with origins "*" where the answer depends on it: a kind refused cross-origin', async () => {
    const open = createCorsPolicy({ origins: '*' });
    const refused = await open.handle(request({ origin: APP, authorization: API_TOKEN }), ok);
    expect(refused.status).toBe(403);
    expect(entries(refused.headers)).toEqual({ 'content-type': 'application/json', vary: 'Origin' });
    // The same API token without Origin reaches next: that copy must not serve the cross-origin one.
    const serverToServer = await open.handle(request({ authorization: API_TOKEN }), ok);
    expect(serverToServer.status).toBe(200);
    expect(serverToServer.headers.get('access-control-allow-origin')).toBe('*');
    expect(serverToServer.headers.get('vary')).toBe('Origin');
    expect(entries(open.evaluate(request({ authorization: PASSWORD })).headers)).toEqual({
      'access-control-allow-origin': '*',
      vary: 'Origin',
    });
    // A refused preflight gets no grant at all, "*" included.
    const noGrant = open.evaluate(preflight(APP, 'PROPFIND'));
    expect(noGrant.reason).toBe('method-not-allowed');
    expect(entries(noGrant.headers)).toEqual({});
  });

  it('sends Access-Control-Allow-Credentials with credentials', async () => {
    const withCookies = createCorsPolicy({ origins: APP, credentials: true });
    const response = await withCookies.handle(request({ origin: APP, authorization: BEARER }), ok);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
    const pre = withCookies.evaluate(preflight(APP));
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('rejects with what next throws or rejects with, and never calls next twice', async () => {
    const boom = new Error('boom');
    const thrower = vi.fn(() => {
      throw boom;
    });
    await expect(policy.handle(request({ origin: APP }), thrower)).rejects.toBe(boom);
    expect(thrower).toHaveBeenCalledOnce();
    await expect(policy.handle(request({ origin: APP }), () => Promise.reject(boom))).rejects.toBe(boom);
  });

  it('always returns a promise, preflight and refusal included', () => {
    expect(policy.handle(preflight(APP), ok)).toBeInstanceOf(Promise);
    expect(policy.handle(request({ origin: APP, authorization: API_TOKEN }), ok)).toBeInstanceOf(Promise);
    expect(policy.handle(request({ origin: APP }), ok)).toBeInstanceOf(Promise);
  });

  it('returns Response.error() from next as it is', async () => {
    const error = Response.error();
    expect(await policy.handle(request({ origin: APP }), () => error)).toBe(error);
  });
});
