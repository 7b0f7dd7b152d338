import { classifyAuthorization } from './classify.ts';
import { fail } from './errors.ts';
import { compileOptions, type Grant } from './options.ts';
import { dropCorsHeaders, isResponse, varyOrigin, withHeaders } from './response.ts';
import { typeOf } from './show.ts';
import type { AuthorizationKind, CorsPolicy, CorsPolicyOptions, CorsReason, CorsRequest } from './types.ts';

/** What the policy decided for one request: a value that `judge` returns, never state. */
interface Decision {
  readonly reason: CorsReason;
  /** The grant's headers besides `Access-Control-Allow-Origin`, or `null`: no grant at all. */
  readonly grant: Grant | null;
  /** Whether the answer depends on `Origin`, so caches must keep one copy per origin. */
  readonly vary: boolean;
  /** Who answers: `next`, or the policy itself (a preflight's 204, a refused kind's 403). */
  readonly status?: 204 | 403 | undefined;
  /** The refused kind a 403 names. */
  readonly kind?: AuthorizationKind | undefined;
  /**
   * What an answer of the policy's own (a 204, a 403) starts from, built once: the grant (but an
   * `Access-Control-Allow-Origin` that echoes the request's origin) and `Vary`. `new Response`
   * copies a `Headers` in one step, where Bun pays a native call per `set`.
   */
  readonly answerHeaders: Headers;
}

// Fetch, CORS-preflight fetch: a CORS-safelisted method passes whatever
// Access-Control-Allow-Methods says, so a preflight is never refused for one of these.
const SAFELISTED_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST']);

/** Whether `origin` is the origin of `url`: a same-origin request that carries `Origin` anyway. */
const isSameOrigin = (url: string, origin: string): boolean =>
  url.startsWith(origin) && url.charCodeAt(origin.length) === 47; /* '/' */

/** Fails unless `value`, what `field` answered, is a `Response`; never shows it (it may hold data). */
function expectResponse(value: unknown, code: 'INVALID_NEXT' | 'INVALID_OPTION', field: string): Response {
  return isResponse(value) ? value : fail(code, `${field} must return a Response, got ${typeOf(value)}`);
}

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
  const {
    star,
    allows,
    methods,
    headers,
    responseGrant,
    preflightGrant,
    allowAuth,
    privateNetwork,
    onError,
  } = compileOptions(options);

  /** Whether a preflight's `Access-Control-Request-Headers` names only allowed headers. */
  const headersAllowed = (asked: string): boolean =>
    headers.has('*') ||
    asked.split(',').every((name) => {
      const trimmed = name.trim().toLowerCase();
      return !trimmed || headers.has(trimmed);
    });

  /** A decision; by default one that `next` answers, varying with `Origin` unless `origins` is `'*'`. */
  const decision = (
    reason: CorsReason,
    grant: Grant | null = null,
    vary = !star,
    status?: 204 | 403,
  ): Decision => {
    const answerHeaders = new Headers((grant as [string, string][] | null) ?? []);
    if (grant && star) answerHeaders.set('access-control-allow-origin', '*');
    if (vary) answerHeaders.set('vary', 'Origin');
    return { reason, grant, vary, status, answerHeaders };
  };
  // Made once: every request gets one of these (a refused kind, a copy of `forbidden` naming it).
  const notCors = decision('same-origin-or-no-origin', star ? responseGrant : null);
  // With '*' the answer is the same for every origin, but for a kind refused cross-origin.
  const notCorsVaries = decision('same-origin-or-no-origin', notCors.grant, true);
  const granted = decision('request-granted', responseGrant);
  const originRefused = decision('origin-not-allowed', null, true);
  const preflight = decision('preflight-granted', preflightGrant, !star, 204);
  const privatePreflight = decision(
    'preflight-granted',
    [...preflightGrant, ['access-control-allow-private-network', 'true']],
    !star,
    204,
  );
  const preflightOriginRefused = decision('origin-not-allowed', null, !star, 204);
  const methodRefused = decision('method-not-allowed', null, !star, 204);
  const headersRefused = decision('headers-not-allowed', null, !star, 204);
  const privateNetworkRefused = decision('private-network-not-allowed', null, !star, 204);
  // A refused kind's 403, JSON that names the kind; it varies (without Origin the same request passes).
  const forbidden = decision('auth-not-allowed', null, true, 403);
  forbidden.answerHeaders.set('content-type', 'application/json');

  /** The rule that decides: reads only the headers it needs. */
  const judge = ({ url, method, headers: asked }: CorsRequest, origin: string | null): Decision => {
    if (origin === null || isSameOrigin(url, origin)) {
      return star && !allowAuth.has(classifyAuthorization(asked.get('authorization')))
        ? notCorsVaries
        : notCors;
    }
    const requested = method === 'OPTIONS' ? asked.get('access-control-request-method') : null;
    if (requested === null) {
      const kind = classifyAuthorization(asked.get('authorization'));
      if (!allowAuth.has(kind)) return { ...forbidden, kind };
      return allows(origin) ? granted : originRefused;
    }
    if (!allows(origin)) return preflightOriginRefused;
    if (!SAFELISTED_METHODS.has(requested) && !methods.has(requested) && !methods.has('*'))
      return methodRefused;
    const names = asked.get('access-control-request-headers');
    if (names !== null && !headersAllowed(names)) return headersRefused;
    if (asked.get('access-control-request-private-network') !== 'true') return preflight;
    return privateNetwork ? privatePreflight : privateNetworkRefused;
  };

  /** Writes the grant and `Vary` of `decided` into `target`. */
  const write = (target: Headers, decided: Decision, origin: string | null): void => {
    if (decided.grant) {
      target.set('access-control-allow-origin', star ? '*' : (origin as string));
      for (const [name, value] of decided.grant) target.set(name, value);
    }
    if (decided.vary) varyOrigin(target);
  };

  return {
    evaluate(request) {
      const origin = request.headers.get('origin');
      const decided = judge(request, origin);
      const written = new Headers();
      write(written, decided, origin);
      return { allowed: !decided.reason.endsWith('not-allowed'), reason: decided.reason, headers: written };
    },

    async handle(request, next) {
      if (typeof next !== 'function') fail('INVALID_NEXT', `next must be a function, got ${typeOf(next)}`);
      const origin = request.headers.get('origin');
      const decided = judge(request, origin);
      const { status, kind } = decided;
      if (status) {
        // The policy answers: a preflight's 204, or a refused kind's 403 that names the kind (never the credentials).
        const body = kind ? JSON.stringify({ error: 'cors_auth_not_allowed', kind }) : null;
        const answer = new Response(body, { status, headers: decided.answerHeaders });
        if (decided.grant && !star) answer.headers.set('access-control-allow-origin', origin as string);
        return answer;
      }
      let response: Response;
      try {
        const returned = next(request);
        // A synchronous `next` is finished without a detour through the microtask queue.
        response = isResponse(returned) ? returned : expectResponse(await returned, 'INVALID_NEXT', 'next');
      } catch (error) {
        if (onError === undefined) throw error;
        response = expectResponse(await onError(error, request), 'INVALID_OPTION', 'options.onError');
      }
      return withHeaders(response, (target) => {
        dropCorsHeaders(target);
        write(target, decided, origin);
      });
    },
  };
}
