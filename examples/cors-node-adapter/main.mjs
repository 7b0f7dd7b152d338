// An API on Node's http module that page scripts on https://app.example.com may call with an
// OAuth access token, never with an API token. Run: node main.mjs [port]
import { createServer } from 'node:http';
import { createCorsPolicy } from '@auth/cors-policy';
import { serve } from './adapter.mjs';

export const policy = createCorsPolicy({
  origins: ['https://app.example.com', 'http://localhost:5173'],
  exposeHeaders: ['x-rate-limit'],
  maxAge: 600,
  // The application threw: report it, and answer a 500 that carries the grant, so the page
  // reads a 500 instead of an opaque network error.
  onError(error) {
    console.error(error);
    return new Response('Internal Server Error', { status: 500 });
  },
});

/** The application: it runs only for requests the policy lets through. */
export function api(request) {
  if (new URL(request.url).pathname === '/boom') throw new Error('the database is down');
  if (!request.headers.get('authorization')) {
    return Response.json(
      { error: 'unauthorized' },
      { status: 401, headers: { 'www-authenticate': 'Bearer' } },
    );
  }
  return Response.json({ user: { id: 1, name: 'jdoe' } }, { headers: { 'x-rate-limit': '700' } });
}

export const server = createServer(serve((request) => policy.handle(request, api)));

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8787);
  server.listen(port, '127.0.0.1', () => console.log(`API on http://127.0.0.1:${port}`));
}
