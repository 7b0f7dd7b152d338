// node:http <-> fetch: turns an IncomingMessage into a Web-standard Request and writes a
// Response back, so the API and @auth/cors-policy see only Web standards. Bodies are small
// here (token requests), so they are read whole, with a cap.

const MAX_BODY_BYTES = 64 * 1024;

/** Methods `new Request` refuses (the Fetch standard forbids them): answered 405 before one is built. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * @param {import('node:http').IncomingMessage} incoming
 * @param {string} origin the server's own origin, e.g. `https://localhost:8443`: the request
 *   URL is built on it (never on the client's `Host` header).
 * @returns {Promise<Request | undefined>} `undefined` for a target that is not a path or a body too big.
 */
export async function toRequest(incoming, origin) {
  if (!incoming.url?.startsWith('/')) return undefined;
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
    headers.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1]);
  }
  let body;
  if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
    const chunks = [];
    let size = 0;
    for await (const chunk of incoming) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return undefined;
      chunks.push(chunk);
    }
    body = Buffer.concat(chunks);
  }
  return new Request(origin + incoming.url, { method: incoming.method, headers, body });
}

/**
 * @param {import('node:http').ServerResponse} outgoing
 * @param {Response} response
 */
export async function sendResponse(outgoing, response) {
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  for (const [name, value] of response.headers) outgoing.setHeader(name, value);
  outgoing.writeHead(response.status);
  outgoing.end(body);
}

/**
 * A node:http request listener around a fetch handler.
 *
 * @param {string} origin
 * @param {(request: Request) => Promise<Response>} handler
 * @param {(error: unknown) => void} onError
 * @param {string} [allow] the `Allow` header of the 405 answered to a method the Fetch API forbids
 */
export function nodeListener(origin, handler, onError, allow = 'GET, HEAD, POST, OPTIONS') {
  return async (incoming, outgoing) => {
    try {
      if (FORBIDDEN_METHODS.has(incoming.method?.toUpperCase())) {
        incoming.resume(); // any body is not read
        outgoing.writeHead(405, { allow, 'content-type': 'text/plain' });
        outgoing.end('Method Not Allowed');
        return;
      }
      const request = await toRequest(incoming, origin);
      await sendResponse(
        outgoing,
        request ? await handler(request) : new Response('Bad Request', { status: 400 }),
      );
    } catch (error) {
      onError(error);
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain' });
      outgoing.end('Internal Server Error');
    }
  };
}
