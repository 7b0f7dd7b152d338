import { type CorsPolicyErrorCode, fail } from './errors.ts';
import { normalizeOrigin } from './origin.ts';
import { show } from './show.ts';
import type { AuthorizationKind, CorsPolicyOptions } from './types.ts';

// RFC 9110 5.6.2: token = 1*tchar; tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-"
// / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA. Methods (9.1) and field names (5.1) are tokens.
const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;

/** Every kind `classifyAuthorization` returns: what `allowAuth` may list. */
export const KINDS: readonly AuthorizationKind[] = ['none', 'bearer', 'api-token', 'password', 'other'];

const OPTIONS: readonly string[] = [
  'origins',
  'methods',
  'allowHeaders',
  'exposeHeaders',
  'allowAuth',
  'maxAge',
  'credentials',
  'privateNetwork',
  'onError',
];

// The fixes, each fixed and written once: one that works for every value refused with it.
const ORIGIN_FIX = 'pass "scheme://host[:port]" (punycode host), or "*", a RegExp or a predicate alone';
const PREDICATE_FIX = 'return true or false';

/**
 * An origin nobody can own (RFC 2606 reserves `.invalid`): a `RegExp` or predicate that allows it
 * allows every origin, which with credentials lets every site read what the cookies unlock.
 */
const ANY_ORIGIN = 'https://any-site.invalid';
const WILDCARD_FIX = 'with credentials: true, list them';

/** Header name and value pairs, written as they are. */
export type Grant = readonly (readonly [string, string])[];

/** The options of a policy, checked once and turned into what the hot path reads. */
export interface CompiledOptions {
  /**
   * `origins: '*'` (or `['*']`): `Access-Control-Allow-Origin: *` on every response but the 403
   * and a refused preflight, and `Vary: Origin` only where the answer still depends on it.
   */
  readonly star: boolean;
  /** Whether a request origin (as sent) is allowed. */
  readonly allows: (origin: string) => boolean;
  /** Methods a preflight may ask for besides the safelisted ones; `'*'` for any. */
  readonly methods: ReadonlySet<string>;
  /** Lower-cased header names a preflight may ask for; `'*'` for any. */
  readonly headers: ReadonlySet<string>;
  /** What a granted response gets besides `Access-Control-Allow-Origin`. */
  readonly responseGrant: Grant;
  /** What a granted preflight gets besides `Access-Control-Allow-Origin`. */
  readonly preflightGrant: Grant;
  readonly allowAuth: ReadonlySet<AuthorizationKind>;
  readonly privateNetwork: boolean;
  readonly onError: CorsPolicyOptions['onError'];
}

/**
 * Refuses an option: `options.<field> is <the value as given>; <fix>`, or `holds` for an item of
 * a list (the value shows which one).
 */
function invalid(
  code: CorsPolicyErrorCode,
  field: string,
  value: unknown,
  fix: string,
  verb: 'is' | 'holds' = 'is',
): never {
  return fail(code, `options.${field} ${verb} ${show(value)}; ${fix}`);
}

/**
 * Whether a request origin is allowed by `origins` (not `'*'`). A `RegExp` or a predicate gets
 * the normalised origin, never `'null'`; a list matches after normalisation, `'null'` only when
 * listed.
 */
function originMatcher(origins: unknown): (origin: string) => boolean {
  if (typeof origins === 'function' || origins instanceof RegExp) {
    // An async function answers a Promise: refused here already, not at the first request.
    if (Object.prototype.toString.call(origins) === '[object AsyncFunction]') {
      fail('INVALID_OPTION', `options.origins is an async function; ${PREDICATE_FIX}, not a Promise`);
    }
    return (origin) => {
      const normal = normalizeOrigin(origin);
      if (normal === undefined) return false;
      if (origins instanceof RegExp) {
        origins.lastIndex = 0;
        return origins.test(normal);
      }
      const allowed = origins(normal);
      if (typeof allowed !== 'boolean') {
        fail('INVALID_OPTION', `options.origins returned ${show(allowed)}; ${PREDICATE_FIX}`);
      }
      return allowed;
    };
  }
  if (origins === undefined || origins === null || (origins as unknown[]).length === 0) {
    const state = origins === undefined || origins === null ? 'missing' : 'empty';
    fail('NO_ORIGINS', `options.origins is ${state}; pass page origins or "*"`);
  }
  const listed = typeof origins === 'string' ? [origins] : origins;
  if (!Array.isArray(listed)) invalid('INVALID_OPTION', 'origins', origins, ORIGIN_FIX);
  const allowed = new Set<string>();
  for (const origin of listed as unknown[]) {
    const normal =
      origin === 'null' ? origin : typeof origin === 'string' ? normalizeOrigin(origin) : undefined;
    allowed.add(
      normal ?? invalid('INVALID_ORIGIN', 'origins', origin, ORIGIN_FIX, listed === origins ? 'holds' : 'is'),
    );
  }
  return (origin) => allowed.has(origin) || allowed.has(normalizeOrigin(origin) as string);
}

/** Pairs whose value is not empty. */
const grant = (pairs: Grant): Grant => pairs.filter(([, value]) => value);

/**
 * Validates the options of `createCorsPolicy` and precomputes every header value.
 *
 * @example
 * ```ts
 * compileOptions({ origins: 'https://app.example.com', methods: ['PUT', 'PROPFIND'] }).preflightGrant;
 * // => [['access-control-allow-methods', 'PUT,PROPFIND'], ['access-control-allow-headers', 'authorization,content-type']]
 * ```
 */
export function compileOptions(options: CorsPolicyOptions): CompiledOptions {
  const given = Object(options) as Readonly<Record<string, unknown>>;
  for (const key in given) {
    if (!OPTIONS.includes(key))
      fail('INVALID_OPTION', `options.${key} is unknown; use ${OPTIONS.join(', ')}`);
  }

  /** A boolean option: `undefined` is `false`; `'true'` and the like are refused, never read as false. */
  const flag = (name: string): boolean => {
    const value = given[name];
    if (value !== undefined && typeof value !== 'boolean')
      invalid('INVALID_OPTION', name, value, 'pass true or false');
    return value === true;
  };
  const credentials = flag('credentials');

  /**
   * A list option: `undefined` gives `fallback`; anything but an array (a lone string too) is
   * refused; each item is a kind (`allowAuth`) or an RFC 9110 token, and `'*'` is refused with
   * credentials, where browsers read it as a name.
   */
  const list = (name: string, fallback: readonly string[], code: CorsPolicyErrorCode): readonly string[] => {
    const value = given[name];
    if (value === undefined) return fallback;
    if (!Array.isArray(value)) invalid('INVALID_OPTION', name, value, 'pass an array, one name per item');
    const kinds = code === 'INVALID_ALLOW_AUTH';
    for (const item of value as unknown[]) {
      if (
        kinds ? !KINDS.includes(item as AuthorizationKind) : typeof item !== 'string' || !TOKEN.test(item)
      ) {
        const fix = kinds ? `pass one of ${KINDS}` : 'pass one RFC 9110 token per item';
        invalid(code, name, item, fix, 'holds');
      }
      if (item === '*' && credentials)
        invalid('WILDCARD_WITH_CREDENTIALS', name, item, WILDCARD_FIX, 'holds');
    }
    return value;
  };

  const { origins, maxAge, onError } = given;
  const star = origins === '*' || (Array.isArray(origins) && origins.length === 1 && origins[0] === '*');
  if (star && credentials) invalid('WILDCARD_WITH_CREDENTIALS', 'origins', '*', WILDCARD_FIX);
  const methods = list('methods', ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'], 'INVALID_METHOD');
  const headers = [
    ...new Set(
      ['authorization', ...list('allowHeaders', ['content-type'], 'INVALID_HEADER_NAME')].map((name) =>
        name.toLowerCase(),
      ),
    ),
  ];
  if (maxAge !== undefined && !(Number.isSafeInteger(maxAge) && (maxAge as number) >= 0)) {
    invalid('INVALID_MAX_AGE', 'maxAge', maxAge, 'pass whole seconds, 0 or more');
  }
  if (onError !== undefined && typeof onError !== 'function') {
    invalid('INVALID_OPTION', 'onError', onError, 'pass a function');
  }
  const allows = star ? () => true : originMatcher(origins);
  // Asked once, here: a predicate that reflects any origin is the classic credentialed hole.
  if (credentials && !star && allows(ANY_ORIGIN)) {
    fail(
      'WILDCARD_WITH_CREDENTIALS',
      `options.origins allows every origin (it allows ${ANY_ORIGIN}); ${WILDCARD_FIX}`,
    );
  }
  const allowCredentials = credentials ? 'true' : '';
  return {
    star,
    allows,
    methods: new Set(methods),
    headers: new Set(headers),
    responseGrant: grant([
      ['access-control-allow-credentials', allowCredentials],
      ['access-control-expose-headers', list('exposeHeaders', [], 'INVALID_HEADER_NAME').join()],
    ]),
    preflightGrant: grant([
      ['access-control-allow-credentials', allowCredentials],
      ['access-control-allow-methods', methods.join()],
      ['access-control-allow-headers', headers.join()],
      ['access-control-max-age', maxAge === undefined ? '' : `${maxAge}`],
    ]),
    allowAuth: new Set(list('allowAuth', ['none', 'bearer'], 'INVALID_ALLOW_AUTH') as AuthorizationKind[]),
    privateNetwork: flag('privateNetwork'),
    onError: onError as CorsPolicyOptions['onError'],
  };
}
