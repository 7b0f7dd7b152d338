/// <reference types="node" />
// End to end in real Chromium: a page on one loopback origin calls an API on another that
// runs the policy. The browser, not this package, is the judge of what the page may read.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../config/chromium.mjs';
import { createCorsPolicy } from './policy.ts';

const BEARER = 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const API_TOKEN = `Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`;

/** node:http -> fetch Request (the tiny adapter the README shows). */
function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(`http://${req.headers.host}${req.url}`, {
    method: req.method ?? 'GET',
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : null,
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** fetch Response -> node:http. */
async function send(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, response.statusText, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

const listen = (handler: (request: Request) => Promise<Response>): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      handler(toRequest(req)).then(
        (response) => send(response, res),
        () => res.writeHead(500).end(),
      );
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

const portOf = (server: Server) => (server.address() as AddressInfo).port;
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('in Chromium', () => {
  let browser: Browser;
  let pageServer: Server;
  let apiServer: Server;
  let pageOrigin: string;
  let otherOrigin: string;
  let api: string;
  const handled: string[] = [];
  const arrived: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium(); // throws, saying how to install it, when Chromium is missing
    pageServer = await listen(
      async () =>
        new Response('<!doctype html><title>app</title>', { headers: { 'content-type': 'text/html' } }),
    );
    pageOrigin = `http://127.0.0.1:${portOf(pageServer)}`;
    otherOrigin = `http://localhost:${portOf(pageServer)}`;
    const policy = createCorsPolicy({ origins: [pageOrigin], exposeHeaders: ['x-rate-limit'], maxAge: 0 });
    apiServer = await listen(async (request) => {
      arrived.push(`${request.method} ${new URL(request.url).pathname}`);
      return policy.handle(request, (req) => {
        const path = new URL(req.url).pathname;
        handled.push(path);
        if (path === '/unauthorized') {
          return Response.json(
            { error: 'invalid_token' },
            { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } },
          );
        }
        return Response.json({ user: 'jdoe' }, { headers: { 'x-rate-limit': '700' } });
      });
    });
    api = `http://127.0.0.1:${portOf(apiServer)}`;
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (pageServer) await close(pageServer);
    if (apiServer) await close(apiServer);
  });

  /** Opens a page on `origin` and runs fetch(url, { headers: { authorization } }) there. */
  async function fetchFrom(origin: string, path: string, authorization: string) {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/`);
      return await page.evaluate(
        async ({ url, authorization }) => {
          try {
            const response = await fetch(url, { headers: { authorization } });
            return {
              status: response.status,
              rateLimit: response.headers.get('x-rate-limit'),
              body: await response.json(),
            };
          } catch (error) {
            return { error: (error as Error).name };
          }
        },
        { url: `${api}${path}`, authorization },
      );
    } finally {
      await page.close();
    }
  }

  it('lets a Bearer call through and the page read an exposed header', async () => {
    handled.length = 0;
    const result = await fetchFrom(pageOrigin, '/me', BEARER);
    expect(result).toEqual({ status: 200, rateLimit: '700', body: { user: 'jdoe' } });
    expect(handled).toEqual(['/me']);
  }, 30_000);

  it('blocks an API-token call in the browser; the handler never runs', async () => {
    handled.length = 0;
    arrived.length = 0;
    const result = await fetchFrom(pageOrigin, '/me', API_TOKEN);
    expect(result).toEqual({ error: 'TypeError' });
    expect(arrived).toEqual(['OPTIONS /me', 'GET /me']);
    expect(handled).toEqual([]);
  }, 30_000);

  it('blocks a call from an origin not in the list; the handler never runs', async () => {
    handled.length = 0;
    arrived.length = 0;
    const result = await fetchFrom(otherOrigin, '/me', BEARER);
    expect(result).toEqual({ error: 'TypeError' });
    expect(arrived).toEqual(['OPTIONS /me']);
    expect(handled).toEqual([]);
  }, 30_000);

  it('lets the page read a 401 from the handler', async () => {
    const result = await fetchFrom(pageOrigin, '/unauthorized', BEARER);
    expect(result).toEqual({ status: 401, rateLimit: null, body: { error: 'invalid_token' } });
  }, 30_000);
});
