import { Response as UndiciResponse } from 'undici';
import { describe, expect, it } from 'vitest';
import { dropCorsHeaders, isResponse, varyOrigin, withHeaders } from './response.ts';

describe('varyOrigin', () => {
  it.each([
    [null, 'Origin'],
    ['Accept-Encoding', 'Accept-Encoding, Origin'],
    ['origin', 'origin'],
    ['Accept-Encoding, Origin', 'Accept-Encoding, Origin'],
    ['Accept-Encoding,origin ,Accept', 'Accept-Encoding,origin ,Accept'],
    ['*', '*'],
    ['Origin-Agent-Cluster', 'Origin-Agent-Cluster, Origin'],
    ['X-Origin', 'X-Origin, Origin'],
  ])('Vary %j becomes %j', (before, after) => {
    const headers = new Headers(before === null ? {} : { vary: before });
    varyOrigin(headers);
    expect(headers.get('vary')).toBe(after);
  });
});

describe('withHeaders', () => {
  const write = (headers: Headers) => headers.set('x-grant', 'yes');

  it('writes into mutable headers in place', () => {
    const response = new Response('body', { status: 401 });
    expect(withHeaders(response, write)).toBe(response);
    expect(response.headers.get('x-grant')).toBe('yes');
  });

  it('copies a response with immutable headers: same body, status, status text, headers', async () => {
    const redirect = Response.redirect('https://example.com/next', 307);
    const copy = withHeaders(redirect, write);
    expect(copy).not.toBe(redirect);
    expect(copy.status).toBe(307);
    expect(copy.headers.get('location')).toBe('https://example.com/next');
    expect(copy.headers.get('x-grant')).toBe('yes');
    expect(redirect.headers.get('x-grant')).toBeNull();
  });

  it('keeps the body and status text of a copied response', async () => {
    const original = new Response('{"error":"slow down"}', {
      status: 429,
      statusText: 'Too Many Requests',
      headers: { 'retry-after': '10' },
    });
    const frozen = new Proxy(original, {
      get(target, key) {
        if (key === 'headers') {
          const headers = new Headers(target.headers);
          headers.set = () => {
            throw new TypeError('immutable');
          };
          return headers;
        }
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const copy = withHeaders(frozen, write);
    expect(copy.status).toBe(429);
    expect(copy.statusText).toBe('Too Many Requests');
    expect(copy.headers.get('retry-after')).toBe('10');
    expect(copy.headers.get('x-grant')).toBe('yes');
    expect(await copy.text()).toBe('{"error":"slow down"}');
  });

  it('returns a network error (Response.error()) as it is', () => {
    const error = Response.error();
    expect(withHeaders(error, write)).toBe(error);
  });
});

describe('isResponse', () => {
  it("knows a Response of this realm and of another (undici's own class) by its brand", () => {
    expect(isResponse(new Response('x'))).toBe(true);
    expect(isResponse(Response.error())).toBe(true);
    expect(isResponse(new UndiciResponse('x'))).toBe(true);
  });

  it.each([
    [{}],
    [{ status: 200, headers: new Headers() }],
    [null],
    [undefined],
    ['x'],
    [new Request('https://a.example/')],
  ])('refuses %j', (value) => {
    expect(isResponse(value)).toBe(false);
  });
});

describe('dropCorsHeaders', () => {
  it('removes every Access-Control-* header, in any case, and nothing else', () => {
    const headers = new Headers({
      'Access-Control-Allow-Origin': '*',
      'access-control-allow-credentials': 'true',
      'Access-Control-Expose-Headers': 'x-secret',
      'access-control-made-up': 'x',
      'x-access-control-note': 'kept',
      vary: 'Origin',
    });
    dropCorsHeaders(headers);
    const names: string[] = [];
    headers.forEach((_, name) => {
      names.push(name);
    });
    expect(names).toEqual(['vary', 'x-access-control-note']);
  });

  it('leaves headers without one alone', () => {
    const headers = new Headers({ 'content-type': 'text/plain' });
    dropCorsHeaders(headers);
    expect(headers.get('content-type')).toBe('text/plain');
  });
});
