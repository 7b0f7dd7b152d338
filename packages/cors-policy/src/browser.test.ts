/// <reference types="node" />
// End to end in real Chromium: a page on one loopback origin calls an API on another that runs
// the policy behind examples/cors-node-adapter. The browser, not this package, is the judge of
// what the page may read.
import { createServer, METHODS, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../../../config/chromium.mjs';
import { corpus } from '../../../conformance/vectors/interop-cors.js';
import { serve } from '../../../examples/cors-node-adapter/adapter.mjs';
import { createCorsPolicy } from './policy.ts';
import type { CorsNext, CorsPolicyOptions } from './types.ts';

const BEARER = 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const API_TOKEN = `Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`;
/** The page origin the WPT vectors are written for; replaced by the test page's. */
const VECTOR_APP = 'https://app.example.com';

/**
 * Every WPT case whose policy can be made (the others are refused when it is made, which the
 * conformance suite checks): the page calls `fetch`, and gets the response exactly when `ours`
 * says so, `{ succeeds: true }` rather than a code.
 */
const wpt = corpus
  .flatMap(({ cases }) => cases)
  .filter(
    ({ fetch, ours }) =>
      fetch !== undefined && !/^(WILDCARD_WITH_CREDENTIALS|INVALID_\w+)$/.test(String(ours)),
  )
  .map(({ title, options, fetch, ours }) => ({ title, options, fetch, succeeds: typeof ours === 'object' }));

const servers: Server[] = [];
async function listen(handler: (request: Request) => Response | Promise<Response>): Promise<string> {
  const server = createServer(serve(handler));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Request lines Node's HTTP parser refused before any handler: methods it does not know (NEW,
 * SUPER, OK), a control character in a header value (`Accept-Language: \u0001`). For those,
 * that the browser sent the request at all shows its preflight passed.
 */
function unparsedRequests(server: Server): string[] {
  const lines: string[] = [];
  server.on('clientError', (error: Error & { rawPacket?: Buffer }, socket) => {
    lines.push(String(error.rawPacket ?? '').split('\r\n')[0] as string);
    socket.destroy();
  });
  return lines;
}

/** What the page got: the status and what it could read, or the name of the error fetch threw. */
type Seen = { status: number; rateLimit: string | null; body: string } | { error: string };

describe('in Chromium', () => {
  let browser: Browser;
  let pageOrigin: string;
  let otherOrigin: string;
  let api: string;
  const handled: string[] = [];
  const arrived: string[] = [];
  const reported: unknown[] = [];
  let unparsed: string[] = [];

  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // the adapter logs what fails
    browser = await launchChromium(); // throws, saying how to install it, when Chromium is missing
    pageOrigin = await listen(
      () => new Response('<!doctype html><title>app</title>', { headers: { 'content-type': 'text/html' } }),
    );
    otherOrigin = pageOrigin.replace('127.0.0.1', 'localhost');
    // An upstream that grants CORS itself, as a proxied service may: the policy must own the answer.
    const upstream = await listen(
      () =>
        new Response('{"secret":"upstream"}', {
          headers: { 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' },
        }),
    );
    const options: CorsPolicyOptions = { origins: [pageOrigin], exposeHeaders: ['x-rate-limit'], maxAge: 0 };
    const policy = createCorsPolicy(options);
    const reporting = createCorsPolicy({
      ...options,
      onError(error) {
        reported.push(error);
        return new Response('{"error":"internal"}', { status: 500 });
      },
    });
    const wptPolicies = wpt.map(({ options: vector }) =>
      createCorsPolicy(
        JSON.parse(JSON.stringify(vector).replaceAll(VECTOR_APP, pageOrigin)) as CorsPolicyOptions,
      ),
    );
    const app: CorsNext = (request) => {
      const path = new URL(request.url).pathname;
      handled.push(path);
      if (path.startsWith('/boom')) throw new Error('the database is down');
      if (path === '/proxied') return fetch(upstream);
      if (path === '/unauthorized') {
        return Response.json(
          { error: 'invalid_token' },
          { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } },
        );
      }
      return Response.json({ user: 'jdoe' }, { headers: { 'x-rate-limit': '700' } });
    };
    api = await listen((request) => {
      const path = new URL(request.url).pathname;
      arrived.push(`${request.method} ${path}`);
      const index = /^\/wpt\/(\d+)$/.exec(path)?.[1];
      if (index !== undefined)
        return wptPolicies[Number(index)]?.handle(request, () => new Response('ok')) as Promise<Response>;
      return (path === '/boom' ? reporting : policy).handle(request, app);
    });
    unparsed = unparsedRequests(servers.at(-1) as Server);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    vi.restoreAllMocks();
  });

  /** Opens a page on `origin` and runs fetch(api + path, init) there for each call. */
  async function fetchFrom(origin: string, calls: { path: string; init?: RequestInit }[]): Promise<Seen[]> {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/`);
      return await page.evaluate(
        (requests) =>
          Promise.all(
            requests.map(async ({ url, init }) => {
              try {
                const response = await fetch(url, init);
                return {
                  status: response.status,
                  rateLimit: response.headers.get('x-rate-limit'),
                  body: await response.text(),
                };
              } catch (error) {
                return { error: (error as Error).name };
              }
            }),
          ),
        calls.map(({ path, init }) => ({ url: `${api}${path}`, init })),
      );
    } finally {
      await page.close();
    }
  }
  const call = async (origin: string, path: string, authorization?: string) =>
    (await fetchFrom(origin, [{ path, init: authorization ? { headers: { authorization } } : {} }]))[0];

  it('lets a Bearer call through and the page read an exposed header', async () => {
    handled.length = 0;
    expect(await call(pageOrigin, '/me', BEARER)).toEqual({
      status: 200,
      rateLimit: '700',
      body: '{"user":"jdoe"}',
    });
    expect(handled).toEqual(['/me']);
  }, 30_000);

  it('blocks an API-token call in the browser; the handler never runs', async () => {
    handled.length = 0;
    arrived.length = 0;
    expect(await call(pageOrigin, '/me', API_TOKEN)).toEqual({ error: 'TypeError' });
    expect(arrived).toEqual(['OPTIONS /me', 'GET /me']);
    expect(handled).toEqual([]);
  }, 30_000);

  it('blocks a call from an origin not in the list; the handler never runs', async () => {
    handled.length = 0;
    arrived.length = 0;
    expect(await call(otherOrigin, '/me', BEARER)).toEqual({ error: 'TypeError' });
    expect(arrived).toEqual(['OPTIONS /me']);
    expect(handled).toEqual([]);
  }, 30_000);

  it('lets the page read a 401 from the handler', async () => {
    expect(await call(pageOrigin, '/unauthorized', BEARER)).toEqual({
      status: 401,
      rateLimit: null,
      body: '{"error":"invalid_token"}',
    });
  }, 30_000);

  it('keeps the grant on a 500 from a handler that throws, with onError (issue 17.5)', async () => {
    reported.length = 0;
    expect(await call(pageOrigin, '/boom', BEARER)).toEqual({
      status: 500,
      rateLimit: null,
      body: '{"error":"internal"}',
    });
    expect(reported.map((error) => (error as Error).message)).toEqual(['the database is down']);
  }, 30_000);

  it('without onError, a throwing handler is the runtime 500 without a grant: the page sees a network error', async () => {
    expect(await call(pageOrigin, '/boom-raw', BEARER)).toEqual({ error: 'TypeError' });
  }, 30_000);

  it('gives a refused origin nothing of an upstream that grants "*" itself (issue 13.1)', async () => {
    expect(await call(otherOrigin, '/proxied')).toEqual({ error: 'TypeError' });
    expect(await call(pageOrigin, '/proxied')).toEqual({
      status: 200,
      rateLimit: null,
      body: '{"secret":"upstream"}',
    });
  }, 30_000);

  it(`agrees with the WPT preflight vectors: ${wpt.length} calls, each gets through exactly when the vector says`, async () => {
    expect(wpt.length).toBeGreaterThanOrEqual(30);
    const seen = await fetchFrom(
      pageOrigin,
      wpt.map(({ fetch: init }, index) => ({ path: `/wpt/${index}`, init: init as RequestInit })),
    );
    const through = (index: number, method: string): boolean => {
      const got = seen[index];
      if (got !== undefined && 'status' in got) return got.status === 200;
      return unparsed.some((line) => line.startsWith(`${method} /wpt/${index} `));
    };
    const disagreements = wpt
      .map(({ title, succeeds, fetch: init }, index) => ({
        title,
        succeeds,
        through: through(index, init?.method ?? ''),
      }))
      .filter(({ succeeds, through: got }) => got !== succeeds);
    // The unknown methods really went through Node's refusal, not a response.
    expect(unparsed.filter((line) => !METHODS.includes(line.split(' ')[0] as string)).length).toBeGreaterThan(
      0,
    );
    expect(disagreements).toEqual([]);
    expect(wpt.filter(({ succeeds }) => succeeds).length).toBeGreaterThan(0);
    expect(wpt.filter(({ succeeds }) => !succeeds).length).toBeGreaterThan(0);
  }, 60_000);
});
