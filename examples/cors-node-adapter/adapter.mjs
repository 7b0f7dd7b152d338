// node:http <-> Web-standard Request/Response: the smallest adapter that serves a fetch
// handler (such as `policy.handle`) from Node's own http module. Frameworks ship their own
// (@hono/node-server, @whatwg-node/server); this one shows there is no magic.
import { Readable } from 'node:stream';

/** An IncomingMessage as a Request. `origin` is this server's own, e.g. 'https://api.example.com'. */
export function toRequest(req, origin = `http://${req.headers.host}`) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const body = req.method === 'GET' || req.method === 'HEAD' ? null : Readable.toWeb(req);
  // Same-origin detection reads request.url: behind a proxy that ends TLS, pass your public origin.
  return new Request(new URL(req.url, origin), { method: req.method, headers, body, duplex: 'half' });
}

/** Writes a Response: status and status text (Node's, e.g. "No Content", when it has none), headers, body. */
export async function send(response, res) {
  res.writeHead(response.status, response.statusText || undefined, [...response.headers].flat());
  if (response.body) for await (const chunk of response.body) res.write(chunk);
  res.end();
}

/**
 * A node:http request listener that serves `handler(request) => Response | Promise<Response>`.
 * Whatever fails is logged and answered 500 (or, once the body has begun, the connection is
 * cut so the client sees a broken response, not a short one): the process never crashes.
 */
export const serve = (handler, origin) => (req, res) => {
  Promise.resolve()
    .then(() => handler(toRequest(req, origin)))
    .then((response) => send(response, res))
    .catch((error) => {
      console.error(error);
      if (res.headersSent) res.destroy();
      else res.writeHead(500).end();
    });
};
