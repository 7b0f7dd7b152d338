// @auth/cors-policy against Hono's `cors` middleware and the `cors` package (Express/Connect).
// Run: node cors-policy.bench.mjs (also bun / deno run -A). Ratios are the anchor's time over ours.
// The candidates return promises: compare() must await them (see the report to the lead).
//
// Fairness. Every candidate gets the same prebuilt Request and the same handler, which builds
// a fresh body-less Response per call: no candidate can reuse a grant it already wrote, and
// the time measured is the middleware's. (A string body costs ~15 µs on Node 20, where it
// becomes a ReadableStream; it dilutes both sides equally, and the fourth table shows it.)
// - Hono's middleware runs bare, on a real Hono `Context` (its own class, so its header
//   bookkeeping and its `c.res` merging are measured as shipped), awaited the way Hono's
//   `compose` runs one middleware and then the handler. Ours runs bare too:
//   `policy.handle(request, handler)`. The goals are judged on these bare pairs.
// - For reference, both inside a Hono app: Hono's with `app.use(cors())`, ours wrapped around
//   the same app without the middleware (`policy.handle(request, app.fetch)`).
// - The `cors` package works on Node's req/res: it runs on a minimal fake pair carrying the
//   same headers, with no Request/Response objects at all, so it is a floor, not a peer.
import { createCorsPolicy } from '@auth/cors-policy';
import corsPackage from 'cors';
import { Hono } from 'hono';
import { cors as honoCors } from 'hono/cors';
import { compare, printCeiling } from './compare.mjs';
// Hono's Context class is not in its `exports`; load the file the package ships.
import { Context } from './node_modules/hono/dist/context.js';

const ORIGIN = 'https://app.example.com';
const API = 'https://api.example.com/api/v2/users/me.json';
const BEARER = 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const options = {
  origins: [ORIGIN, 'https://admin.example.com'],
  allowHeaders: ['authorization', 'content-type'],
  exposeHeaders: ['x-rate-limit'],
  maxAge: 600,
};

const preflight = new Request(API, {
  method: 'OPTIONS',
  headers: {
    origin: ORIGIN,
    'access-control-request-method': 'GET',
    'access-control-request-headers': 'authorization,content-type',
  },
});
const bearerGet = new Request(API, { headers: { origin: ORIGIN, authorization: BEARER } });
const handler = () => new Response(null, { status: 200 });
const jsonHandler = () => new Response('{"id":1}', { headers: { 'content-type': 'application/json' } });

const policy = createCorsPolicy(options);
const ours = (request) => policy.handle(request, handler);

const honoMiddleware = honoCors({
  origin: options.origins,
  allowHeaders: options.allowHeaders,
  exposeHeaders: options.exposeHeaders,
  maxAge: options.maxAge,
});
/** Hono's middleware on a real Context, the way `compose` runs one middleware then the handler. */
const honoBare = async (request, app = handler) => {
  const c = new Context(request);
  const returned = await honoMiddleware(c, async () => {
    c.res = app();
  });
  return returned ?? c.res;
};

const honoApp = new Hono().use(honoMiddleware).all('*', handler);
const plainApp = new Hono().all('*', handler);
const oursInApp = (request) => policy.handle(request, plainApp.fetch);

const corsMiddleware = corsPackage({
  origin: options.origins,
  allowedHeaders: options.allowHeaders,
  exposedHeaders: options.exposeHeaders,
  maxAge: options.maxAge,
});
/** The `cors` package on a minimal Node-like req/res: headers in a plain object. */
const corsFake = (method, headers) => {
  const res = {
    statusCode: 200,
    headers: {},
    getHeader(name) {
      return this.headers[name.toLowerCase()];
    },
    setHeader(name, value) {
      this.headers[name.toLowerCase()] = value;
    },
    end() {},
  };
  corsMiddleware({ method, headers }, res, () => {
    res.setHeader('content-type', 'application/json');
    res.end('{"id":1}');
  });
  return res;
};
const preflightHeaders = {
  origin: ORIGIN,
  'access-control-request-method': 'GET',
  'access-control-request-headers': 'authorization,content-type',
};
const getHeaders = { origin: ORIGIN, authorization: BEARER };

// Sanity: every candidate grants the same origin, so we time equal work.
for (const response of [
  await ours(preflight),
  await honoBare(preflight),
  await ours(bearerGet),
  await honoBare(bearerGet),
]) {
  if (response.headers.get('access-control-allow-origin') !== ORIGIN)
    throw new Error('a candidate did not grant');
}

// The floor of each case: the Response every middleware must hand back, with the headers a
// grant puts on it and nothing else (no decision, no reading of the request), built the
// cheapest way: a preflight's from a prebuilt Headers, a GET's set on the handler's Response.
// Hono's time over the floor's is the most any middleware could reach against Hono here.
const preflightAnswer = (await ours(preflight)).headers;
const bearerGetAnswer = [...(await ours(bearerGet)).headers];
const FLOOR = 'floor: the Response and its grant alone';

/** One case: ours, Hono's, the `cors` package's on a fake pair, and the floor. */
const compareCase = async (title, request, fakeHeaders, floor) =>
  printCeiling(
    await compare(
      title,
      {
        'cors-policy handle': () => ours(request),
        'hono cors': () => honoBare(request),
        'cors package (fake req/res)': () => corsFake(request.method, fakeHeaders),
        [FLOOR]: floor,
      },
      { goals: { 'hono cors': 2 } },
    ),
    'hono cors',
    FLOOR,
  );

await compareCase('preflight (OPTIONS, allowed origin)', preflight, preflightHeaders, async () => {
  return new Response(null, { status: 204, headers: preflightAnswer });
});
await compareCase('allowed Bearer GET through handle', bearerGet, getHeaders, async () => {
  const response = handler();
  for (const [name, value] of bearerGetAnswer) response.headers.set(name, value);
  return response;
});

await compare('inside a Hono app (app.fetch), for reference', {
  'cors-policy around app.fetch, Bearer GET': () => oursInApp(bearerGet),
  'hono app with cors, Bearer GET': () => honoApp.fetch(bearerGet),
});

await compare('allowed Bearer GET, handler with a JSON string body, for reference', {
  'cors-policy handle': () => policy.handle(bearerGet, jsonHandler),
  'hono cors': () => honoBare(bearerGet, jsonHandler),
});

await compare('evaluate (the decision alone)', {
  'evaluate, Bearer GET': () => policy.evaluate(bearerGet),
  'evaluate, preflight': () => policy.evaluate(preflight),
});
