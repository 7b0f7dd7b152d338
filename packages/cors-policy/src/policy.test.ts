/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Response as UndiciResponse } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectRejects, expectThrows } from '../../../config/expect-error.ts';
import { CorsPolicyError } from './errors.ts';
import { createCorsPolicy } from './policy.ts';

// What every runtime must do is in the conformance vectors (conformance.test.ts runs them
// here); these tests need Node: a real fetch() response, undici's own Response class, spies.
const API = 'https://api.example.com/api/v2/users/me.json';
const APP = 'https://app.example.com';
const BEARER = 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const API_TOKEN = `Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`;

const request = (headers: Record<string, string>, method = 'GET') => new Request(API, { method, headers });
const preflight = (origin: string) =>
  request(
    { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization' },
    'OPTIONS',
  );
const policy = createCorsPolicy({ origins: [APP], exposeHeaders: ['x-rate-limit'] });

describe('handle with a real fetch() response (immutable headers) from an upstream granting CORS itself', () => {
  let upstream: Server;
  let url: string;
  beforeAll(async () => {
    upstream = createServer((_req, res) => {
      res.writeHead(200, 'OK', {
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'access-control-expose-headers': 'x-secret',
        'x-secret': 'upstream data',
      });
      res.end('{"id":1}');
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => upstream.close(resolve)));

  it('gives a refused origin none of the upstream grant', async () => {
    const response = await policy.handle(request({ origin: 'https://evil.example' }), () => fetch(url));
    const names: string[] = [];
    response.headers.forEach((_, name) => {
      names.push(name);
    });
    expect(names.filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(response.headers.get('x-secret')).toBe('upstream data');
    expect(await response.json()).toEqual({ id: 1 });
  });

  it('replaces the upstream grant by its own for an allowed origin', async () => {
    const response = await policy.handle(request({ origin: APP, authorization: BEARER }), () => fetch(url));
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-expose-headers')).toBe('x-rate-limit');
    expect(response.status).toBe(200);
  });
});

describe('handle with a Response from another realm (undici package), told by its brand', () => {
  it('writes into its mutable headers', async () => {
    const foreign = new UndiciResponse('x', { headers: { 'access-control-allow-origin': '*' } });
    expect(foreign).not.toBeInstanceOf(Response);
    const response = await policy.handle(request({ origin: APP }), () => foreign as unknown as Response);
    expect(response).toBe(foreign);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('copies one whose headers are immutable into a Response of this realm', async () => {
    const foreign = UndiciResponse.redirect('https://api.example.com/next', 302);
    const response = await policy.handle(request({ origin: APP }), () => foreign as unknown as Response);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://api.example.com/next');
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  });
});

describe('handle: next', () => {
  it('calls next once, with the request, and awaits an async one', async () => {
    const next = vi.fn(async () => new Response('x', { status: 201 }));
    const req = request({ origin: APP, authorization: BEARER });
    expect((await policy.handle(req, next)).status).toBe(201);
    expect(next).toHaveBeenCalledOnce();
    expect(next).toHaveBeenCalledWith(req);
  });

  it('rejects with the very error next throws or rejects with, calling it once', async () => {
    const boom = new Error('boom');
    const thrower = vi.fn(() => {
      throw boom;
    });
    await expect(policy.handle(request({ origin: APP }), thrower)).rejects.toBe(boom);
    expect(thrower).toHaveBeenCalledOnce();
    await expect(policy.handle(request({ origin: APP }), () => Promise.reject(boom))).rejects.toBe(boom);
  });

  it('never shows what a wrong next returned: it may hold data', async () => {
    const error = await expectRejects(
      policy.handle(request({ origin: APP }), () => ({ token: 'tk_live_secret' }) as unknown as Response),
      CorsPolicyError,
      'INVALID_NEXT',
      { secrets: ['tk_live_secret'] },
    );
    expect(error.message).toBe('[@auth/cors-policy] next must return a Response, got object');
  });

  it('refuses a next that is not a function on every path, the preflight included', async () => {
    for (const req of [request({ origin: APP }), preflight(APP)]) {
      await expectRejects(policy.handle(req, undefined as never), CorsPolicyError, 'INVALID_NEXT', {
        words: ['next must be a function, got undefined'],
      });
    }
  });

  it('always returns a promise, preflight and refusal included', () => {
    const ok = () => new Response('x');
    expect(policy.handle(preflight(APP), ok)).toBeInstanceOf(Promise);
    expect(policy.handle(request({ origin: APP, authorization: API_TOKEN }), ok)).toBeInstanceOf(Promise);
    expect(policy.handle(request({ origin: APP }), ok)).toBeInstanceOf(Promise);
  });
});

describe('handle: onError', () => {
  it('gets the error and the request, and its Response gets the grant', async () => {
    const onError = vi.fn(() => new Response('Internal Server Error', { status: 500 }));
    const withErrors = createCorsPolicy({ origins: [APP], onError });
    const boom = new Error('boom');
    const req = request({ origin: APP, authorization: BEARER });
    const response = await withErrors.handle(req, () => Promise.reject(boom));
    expect(onError).toHaveBeenCalledWith(boom, req);
    expect(response.status).toBe(500);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('rejects with what onError throws, without a grant', async () => {
    const second = new Error('reporting failed');
    const withErrors = createCorsPolicy({
      origins: [APP],
      onError: () => {
        throw second;
      },
    });
    await expect(
      withErrors.handle(request({ origin: APP }), () => {
        throw new Error('boom');
      }),
    ).rejects.toBe(second);
  });

  it('is not called for answers the policy gives itself', async () => {
    const onError = vi.fn(() => new Response(null, { status: 500 }));
    const withErrors = createCorsPolicy({ origins: [APP], onError });
    const next = () => new Response('x');
    expect((await withErrors.handle(preflight(APP), next)).status).toBe(204);
    expect((await withErrors.handle(request({ origin: APP, authorization: API_TOKEN }), next)).status).toBe(
      403,
    );
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('evaluate', () => {
  it('takes a request-shaped object, as in a browser where Request drops Origin', () => {
    const decision = policy.evaluate({
      url: API,
      method: 'OPTIONS',
      headers: new Headers({ origin: APP, 'access-control-request-method': 'PUT' }),
    });
    expect(decision).toMatchObject({ allowed: true, reason: 'preflight-granted' });
    expect(decision.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('returns a fresh Headers each time: one decision never changes another', () => {
    const first = policy.evaluate(request({ origin: APP }));
    first.headers.set('access-control-allow-origin', 'https://evil.example');
    expect(policy.evaluate(request({ origin: APP })).headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('throws what a predicate that answers no boolean is, INVALID_OPTION', () => {
    const lenient = createCorsPolicy({ origins: (() => 'yes') as never });
    expectThrows(() => lenient.evaluate(request({ origin: APP })), CorsPolicyError, 'INVALID_OPTION', {
      words: ['options.origins returned "yes"; return true or false'],
    });
  });
});
