import { classifyAuthorization } from './classify.ts';
import { compileOptions } from './options.ts';
import { refusal } from './refusal.ts';
import { varyOrigin, withHeaders } from './response.ts';
import type { AuthorizationKind, CorsPolicy, CorsPolicyOptions, CorsReason } from './types.ts';

// Verdicts of `judge`: small integers, so that the hot path compares numbers, not strings.
// PASS, PASS_VARY (not CORS) and the grants GRANT, PREFLIGHT, PREFLIGHT_PNA are below REFUSED;
// the preflights are PREFLIGHT, PREFLIGHT_PNA and everything above AUTH. REASONS names them.
const PASS = 0;
const PASS_VARY = 1; // origins '*', an Authorization kind that would get 403 cross-origin
const GRANT = 2;
const PREFLIGHT = 3;
const PREFLIGHT_PNA = 4;
const REFUSED = 5; // a request from an origin not allowed: `next` runs, no grant
const AUTH = 6;
const PREFLIGHT_ORIGIN = 7;
const METHOD = 8;
const HEADERS = 9;
const PNA = 10;

/** The public name of each verdict. */
const REASONS: readonly CorsReason[] = [
  'same-origin-or-no-origin',
  'same-origin-or-no-origin',
  'request-granted',
  'preflight-granted',
  'preflight-granted',
  'origin-not-allowed',
  'auth-not-allowed',
  'origin-not-allowed',
  'method-not-allowed',
  'headers-not-allowed',
  'private-network-not-allowed',
];

const isPreflight = (verdict: number): boolean =>
  verdict === PREFLIGHT || verdict === PREFLIGHT_PNA || verdict > AUTH;

/** Whether `origin` is the origin of `url`: a same-origin request that carries `Origin` anyway. */
const isSameOrigin = (url: string, origin: string): boolean =>
  url.startsWith(origin) && url.charCodeAt(origin.length) === 47; /* '/' */

/**
 * A server-side CORS policy for Web-standard `Request`/`Response` that knows auth schemes:
 * OAuth access tokens cross-origin, API tokens and passwords never. Options are checked
 * here (a `CorsPolicyError` with a `code` when wrong) and every header value is precomputed.
 *
 * @example
 * ```ts
 * const policy = createCorsPolicy({ origins: ['https://app.example.com'], exposeHeaders: ['x-rate-limit'] });
 * Deno.serve((request) => policy.handle(request, () => Response.json({ ok: true })));
 * ```
 */
export function createCorsPolicy(options: CorsPolicyOptions): CorsPolicy {
  const o = compileOptions(options);
  const anyMethod = o.methods.has('*');
  const anyHeader = o.headers.has('*');
  /** The last `Access-Control-Request-Headers` found allowed: browsers repeat the same list. */
  let lastAsked = '';
  /** The kind `judge` refused last; `handle` reads it at once, so the value is parsed only once. */
  let refusedKind: AuthorizationKind = 'none';

  const headersAllowed = (asked: string): boolean => {
    for (const name of asked.split(',')) {
      const trimmed = name.trim().toLowerCase();
      if (trimmed && !o.headers.has(trimmed)) return false;
    }
    lastAsked = asked;
    return true;
  };

  /** The rule that decides. Reads only the headers it needs; allocates nothing on granted paths. */
  const judge = (request: Request, headers: Headers, origin: string | null): number => {
    if (origin === null || isSameOrigin(request.url, origin)) {
      // With '*' the answer is the same for every origin, but for a kind refused cross-origin.
      return o.star && !o.allowAuth.has(classifyAuthorization(headers.get('authorization')))
        ? PASS_VARY
        : PASS;
    }
    const method = request.method === 'OPTIONS' ? headers.get('access-control-request-method') : null;
    if (method === null) {
      const kind = classifyAuthorization(headers.get('authorization'));
      if (!o.allowAuth.has(kind)) {
        refusedKind = kind;
        return AUTH;
      }
      return o.allows(origin) ? GRANT : REFUSED;
    }
    if (!o.allows(origin)) return PREFLIGHT_ORIGIN;
    if (!anyMethod && !o.methods.has(method)) return METHOD;
    const asked = headers.get('access-control-request-headers');
    if (asked !== null && asked !== lastAsked && !anyHeader && !headersAllowed(asked)) return HEADERS;
    if (headers.get('access-control-request-private-network') !== 'true') return PREFLIGHT;
    return o.privateNetwork ? PREFLIGHT_PNA : PNA;
  };

  /**
   * Writes into `headers` what a response gets for `verdict`; `fresh`: they hold no `Vary` yet.
   * With '*' every response below REFUSED gets `Access-Control-Allow-Origin: *` and no `Vary`,
   * but where the answer still depends on `Origin` (the 403, and its not-CORS counterpart).
   */
  const write = (headers: Headers, verdict: number, origin: string | null, fresh?: boolean): void => {
    if (verdict < REFUSED && (o.star || verdict > PASS_VARY)) {
      headers.set('access-control-allow-origin', o.star ? '*' : (origin as string));
      if (o.credentials) headers.set('access-control-allow-credentials', 'true');
      if (verdict < PREFLIGHT) {
        if (o.exposeValue) headers.set('access-control-expose-headers', o.exposeValue);
      } else {
        headers.set('access-control-allow-methods', o.methodsValue);
        headers.set('access-control-allow-headers', o.headersValue);
        if (o.maxAge) headers.set('access-control-max-age', o.maxAge);
        if (verdict === PREFLIGHT_PNA) headers.set('access-control-allow-private-network', 'true');
      }
    }
    if (o.star && verdict !== AUTH && verdict !== PASS_VARY) return;
    if (fresh) headers.set('vary', 'Origin');
    else varyOrigin(headers);
  };

  /** A response of our own, its headers written straight in (never copied from a `Headers`). */
  const answer = (body: string | null, status: number, verdict: number, origin: string | null): Response => {
    const response = new Response(body, { status });
    write(response.headers, verdict, origin, true);
    return response;
  };

  return {
    evaluate(request) {
      const origin = request.headers.get('origin');
      const verdict = judge(request, request.headers, origin);
      const headers = new Headers();
      write(headers, verdict, origin, true);
      return { allowed: verdict < REFUSED, reason: REASONS[verdict] as CorsReason, headers };
    },

    handle(request, next) {
      const headers = request.headers;
      const origin = headers.get('origin');
      const verdict = judge(request, headers, origin);
      if (verdict === AUTH) {
        const kind = refusedKind;
        const description = refusal(kind, o.allowAuth.has('bearer'));
        const body = JSON.stringify({ error: 'cors_auth_not_allowed', kind, description });
        const response = answer(body, 403, verdict, origin);
        response.headers.set('content-type', 'application/json');
        return Promise.resolve(response);
      }
      if (isPreflight(verdict)) return Promise.resolve(answer(null, 204, verdict, origin));
      const finish = (response: Response): Response =>
        withHeaders(response, (target) => write(target, verdict, origin));
      // No `async`: a synchronous `next` is finished without a detour through the microtask queue.
      try {
        const result = next(request);
        return result instanceof Response
          ? Promise.resolve(finish(result))
          : Promise.resolve(result).then(finish);
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
}
