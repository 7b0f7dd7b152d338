import { classifyAuthorization } from './classify.ts';
import { fail } from './errors.ts';
import { compileOptions } from './options.ts';
import { refusal } from './refusal.ts';
import { dropCorsHeaders, isResponse, varyOrigin, withHeaders } from './response.ts';
import { typeOf } from './show.ts';
import type { AuthorizationKind, CorsPolicy, CorsPolicyOptions, CorsReason, CorsRequest } from './types.ts';

type Grant = readonly (readonly [string, string])[];

/** What the policy decided for one request: a value, computed once per policy, never state. */
interface Decision {
  readonly reason: CorsReason;
  readonly allowed: boolean;
  /** Who answers: `next`, or the policy itself (a preflight's 204, a refused kind's 403). */
  readonly status: 'next' | 204 | 403;
  /** The grant's headers besides `Access-Control-Allow-Origin`, or `null`: no grant at all. */
  readonly grant: Grant | null;
  /** Whether the answer depends on `Origin`, so caches must keep one copy per origin. */
  readonly vary: boolean;
  /** The 403's JSON body. */
  readonly body: string | null;
}

// Fetch, CORS-preflight fetch: a CORS-safelisted method passes whatever
// Access-Control-Allow-Methods says, so a preflight is never refused for one of these.
const SAFELISTED_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST']);

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
  const { star, allows, methods, headers: allowedHeaders, allowAuth, onError } = o;

  const decision = (
    reason: CorsReason,
    status: Decision['status'],
    grant: Grant | null = null,
    vary = !star,
    body: string | null = null,
  ): Decision => ({ reason, allowed: !reason.endsWith('not-allowed'), status, grant, vary, body });
  const notCors = decision('same-origin-or-no-origin', 'next', star ? o.responseGrant : null);
  // With '*' the answer is the same for every origin, but for a kind refused cross-origin.
  const notCorsRefusedKind = decision('same-origin-or-no-origin', 'next', notCors.grant, true);
  const granted = decision('request-granted', 'next', o.responseGrant);
  const originRefused = decision('origin-not-allowed', 'next', null, true);
  const preflight = decision('preflight-granted', 204, o.preflightGrant);
  const preflightPrivate = decision('preflight-granted', 204, [
    ...o.preflightGrant,
    ['access-control-allow-private-network', 'true'],
  ]);
  const preflightOrigin = decision('origin-not-allowed', 204);
  const preflightMethod = decision('method-not-allowed', 204);
  const preflightHeaders = decision('headers-not-allowed', 204);
  const preflightPrivateRefused = decision('private-network-not-allowed', 204);
  /** One 403 per kind, its body written once. */
  const forbidden = {} as Record<AuthorizationKind, Decision>;
  for (const kind of ['none', 'bearer', 'api-token', 'password', 'other'] as const) {
    const description = refusal(kind, allowAuth.has('bearer'));
    const body = JSON.stringify({ error: 'cors_auth_not_allowed', kind, description });
    forbidden[kind] = decision('auth-not-allowed', 403, null, true, body);
  }

  const headersAllowed = (asked: string): boolean =>
    allowedHeaders.has('*') ||
    asked.split(',').every((name) => {
      const trimmed = name.trim().toLowerCase();
      return !trimmed || allowedHeaders.has(trimmed);
    });

  /** The rule that decides: reads only the headers it needs, and returns one of the decisions above. */
  const judge = (request: CorsRequest, origin: string | null): Decision => {
    const headers = request.headers;
    if (origin === null || isSameOrigin(request.url, origin)) {
      return star && !allowAuth.has(classifyAuthorization(headers.get('authorization')))
        ? notCorsRefusedKind
        : notCors;
    }
    const method = request.method === 'OPTIONS' ? headers.get('access-control-request-method') : null;
    if (method === null) {
      const kind = classifyAuthorization(headers.get('authorization'));
      if (!allowAuth.has(kind)) return forbidden[kind];
      return allows(origin) ? granted : originRefused;
    }
    if (!allows(origin)) return preflightOrigin;
    if (!SAFELISTED_METHODS.has(method) && !methods.has(method) && !methods.has('*')) return preflightMethod;
    const asked = headers.get('access-control-request-headers');
    if (asked !== null && !headersAllowed(asked)) return preflightHeaders;
    if (headers.get('access-control-request-private-network') !== 'true') return preflight;
    return o.privateNetwork ? preflightPrivate : preflightPrivateRefused;
  };

  /** Writes the grant and `Vary` of `decided` into `headers`; `fresh`: they hold no `Vary` yet. */
  const write = (headers: Headers, decided: Decision, origin: string | null, fresh: boolean): void => {
    if (decided.grant) {
      headers.set('access-control-allow-origin', star ? '*' : (origin as string));
      for (const [name, value] of decided.grant) headers.set(name, value);
    }
    if (!decided.vary) return;
    if (fresh) headers.set('vary', 'Origin');
    else varyOrigin(headers);
  };

  /** A response of our own (a preflight's 204, a 403), its headers written straight in. */
  const answer = (decided: Decision, origin: string | null): Response => {
    const response = new Response(decided.body, { status: decided.status as number });
    if (decided.body) response.headers.set('content-type', 'application/json');
    write(response.headers, decided, origin, true);
    return response;
  };

  return {
    evaluate(request) {
      const origin = request.headers.get('origin');
      const decided = judge(request, origin);
      const headers = new Headers();
      write(headers, decided, origin, true);
      return { allowed: decided.allowed, reason: decided.reason, headers };
    },

    async handle(request, next) {
      if (typeof next !== 'function') {
        fail('INVALID_NEXT', `next must be a function that returns a Response, got ${typeOf(next)}`);
      }
      const origin = request.headers.get('origin');
      const decided = judge(request, origin);
      if (decided.status !== 'next') return answer(decided, origin);
      let response: unknown;
      try {
        response = next(request);
        // A synchronous `next` is finished without a detour through the microtask queue.
        if (!isResponse(response)) response = await response;
        if (!isResponse(response)) {
          fail('INVALID_NEXT', `next must return a Response (or a Promise of one), got ${typeOf(response)}`);
        }
      } catch (error) {
        if (onError === undefined) throw error;
        response = await onError(error, request);
        if (!isResponse(response)) {
          fail('INVALID_OPTION', `options.onError must return a Response, got ${typeOf(response)}`);
        }
      }
      return withHeaders(response, (target) => {
        dropCorsHeaders(target);
        write(target, decided, origin, false);
      });
    },
  };
}
