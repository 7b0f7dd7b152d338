// Types of adapter.mjs, for TypeScript callers (the Chromium end-to-end test of @auth/cors-policy).
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** An IncomingMessage as a Request. `origin` is this server's own, e.g. 'https://api.example.com'. */
export declare function toRequest(req: IncomingMessage, origin?: string): Request;

/** Writes a Response: status and status text (Node's when it has none), headers, body. */
export declare function send(response: Response, res: ServerResponse): Promise<void>;

/** A node:http request listener that serves `handler`; whatever fails is logged and answered 500. */
export declare function serve(
  handler: (request: Request) => Response | Promise<Response>,
  origin?: string,
): RequestListener;
