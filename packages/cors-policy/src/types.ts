/**
 * What an `Authorization` value carries, as {@link classifyAuthorization} sees it:
 * `'none'` (absent or empty), `'bearer'` (an RFC 6750 OAuth access token), `'api-token'`
 * (Basic `{email}/token:{api_token}`, and any Basic value that cannot be read as a password),
 * `'password'` (Basic `email:password`) or `'other'` (another scheme, or a malformed Bearer).
 */
export type AuthorizationKind = 'none' | 'bearer' | 'api-token' | 'password' | 'other';

/**
 * Why {@link CorsPolicy.evaluate} decided as it did. Stable codes, listed in the README:
 * - `'same-origin-or-no-origin'`: no `Origin`, or the request URL's own origin: not CORS, passed to `next`.
 * - `'preflight-granted'`: a preflight whose origin, method, headers (and private-network ask) are allowed.
 * - `'request-granted'`: a cross-origin request from an allowed origin with an allowed `Authorization` kind.
 * - `'origin-not-allowed'`: the origin is not in `origins` (preflight: no grant; request: `next` runs, no grant).
 * - `'method-not-allowed'`: a preflight for a method not in `methods` and not CORS-safelisted.
 * - `'headers-not-allowed'`: a preflight for a header not in `allowHeaders`.
 * - `'private-network-not-allowed'`: a preflight asking for private network access without `privateNetwork: true`.
 * - `'auth-not-allowed'`: a cross-origin request whose `Authorization` kind is not in `allowAuth` (403, `next` never runs).
 */
export type CorsReason =
  | 'same-origin-or-no-origin'
  | 'preflight-granted'
  | 'request-granted'
  | 'origin-not-allowed'
  | 'method-not-allowed'
  | 'headers-not-allowed'
  | 'private-network-not-allowed'
  | 'auth-not-allowed';

/** The decision {@link CorsPolicy.evaluate} explains. */
export interface CorsDecision {
  /** `true` when the browser will be given the response (or the request is not cross-origin). */
  readonly allowed: boolean;
  /** The stable code of the rule that decided. */
  readonly reason: CorsReason;
  /** The CORS headers (and `Vary`) that `handle` puts on the response. */
  readonly headers: Headers;
}

/**
 * What the policy reads of a request: a `Request`, or a request-shaped object whose `headers`
 * is a `Headers` (in a browser, where `new Request()` drops `Origin` and `Access-Control-Request-*`).
 */
export interface CorsRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
}

/**
 * Which page origins may call: `'*'`, one origin, a list, a `RegExp`, or a synchronous
 * predicate that returns `true` or `false`.
 */
export type CorsOrigins = '*' | string | readonly string[] | RegExp | ((origin: string) => boolean);

/** Options of {@link createCorsPolicy}; the README lists every default. */
export interface CorsPolicyOptions {
  /**
   * Allowed page origins. `'*'`: every origin (never with `credentials`). Strings are
   * `scheme://host[:port]`, compared after normalisation; `'null'` matches `Origin: null`
   * only when listed. A `RegExp` or predicate gets the normalised origin, never `'null'`; a
   * predicate must answer `true` or `false` at once (an `async` one is refused).
   */
  readonly origins: CorsOrigins;
  /**
   * Methods a preflight may ask for, in `Access-Control-Allow-Methods`. Default
   * `['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE']`. `GET`, `HEAD` and `POST` are never
   * refused (CORS-safelisted); `delete`, `get`, `head`, `options`, `post` and `put` are read
   * upper-case, as browsers send them.
   */
  readonly methods?: readonly string[] | undefined;
  /** `Access-Control-Allow-Headers`; `authorization` is always listed too. Default `['content-type']`. */
  readonly allowHeaders?: readonly string[] | undefined;
  /** `Access-Control-Expose-Headers`: response headers the page may read. Default `[]`. */
  readonly exposeHeaders?: readonly string[] | undefined;
  /** `Access-Control-Max-Age` in seconds on preflight grants. Default: not sent. */
  readonly maxAge?: number | undefined;
  /** `Access-Control-Allow-Credentials: true` (cookies, client certificates). Default `false`. */
  readonly credentials?: boolean | undefined;
  /** `Authorization` kinds accepted cross-origin. Default `['none', 'bearer']`. */
  readonly allowAuth?: readonly AuthorizationKind[] | undefined;
  /** Answer Private Network Access preflights with `Access-Control-Allow-Private-Network: true`. Default `false`. */
  readonly privateNetwork?: boolean | undefined;
  /**
   * When `next` throws or rejects (or returns no `Response`): the response to send instead, which
   * then gets the CORS grant, so the page can read the 500. Report the error here (this replaces
   * the runtime's own reporting of it). Without it, `handle` rejects with the error.
   */
  readonly onError?: ((error: unknown, request: Request) => Response | Promise<Response>) | undefined;
}

/** What `handle` calls for requests it lets through: the application's fetch handler. */
export type CorsNext = (request: Request) => Response | Promise<Response>;

/** A compiled policy from {@link createCorsPolicy}. */
export interface CorsPolicy {
  /**
   * Fetch middleware: answers preflights itself (204), answers 403 with a JSON error to a
   * cross-origin request whose `Authorization` kind is not allowed (without calling `next`),
   * otherwise calls `next` and sets the CORS headers of what it returns (removing any that
   * `next` or an upstream set).
   */
  handle(request: Request, next: CorsNext): Promise<Response>;
  /** The decision for `request`, without side effects. */
  evaluate(request: CorsRequest): CorsDecision;
}
