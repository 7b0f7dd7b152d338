import { type CorsPolicyErrorCode, fail } from './errors.ts';
import { normalizeOrigin } from './origin.ts';
import { show } from './show.ts';
import type { AuthorizationKind, CorsPolicyOptions } from './types.ts';

// RFC 9110 5.6.2: token = 1*tchar; tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-"
// / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA. Methods (9.1) and field names (5.1) are tokens.
const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;

const KINDS: readonly string[] = ['none', 'bearer', 'api-token', 'password', 'other'];

/** The list options: their defaults, and the code of a bad item. */
const LISTS: Readonly<Record<string, readonly [readonly string[], CorsPolicyErrorCode]>> = {
  methods: [['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'], 'INVALID_METHOD'],
  allowHeaders: [['content-type'], 'INVALID_HEADER_NAME'],
  exposeHeaders: [[], 'INVALID_HEADER_NAME'],
  allowAuth: [['none', 'bearer'], 'INVALID_ALLOW_AUTH'],
};

// A literal (not Object.keys of LISTS), so that bundlers drop it where createCorsPolicy is not imported.
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

const PREDICATE = 'pass a predicate that returns true or false at once (not async)';

/** Header name and value pairs, written as they are. */
type Grant = readonly (readonly [string, string])[];

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
 * Refuses an option: `options.<field> is <what it is>; <the fix>`, `what` being the value as
 * given (see `show`) or a description. `field` names an item of a list as `methods[1]`.
 */
function invalid(code: CorsPolicyErrorCode, field: string, what: string, fix: string): never {
  return fail(code, `options.${field} is ${what}; ${fix}`);
}

/** `"a, b"` as the list it meant: `["a","b"]`. */
const split = (text: string): string =>
  show(
    text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/**
 * A list option, each item checked: `undefined` gives the default; anything but an array (a
 * lone string too) is refused; a method or header name must be an RFC 9110 token, and `'*'`
 * is refused with credentials, where browsers read it as a name.
 */
function list(name: string, value: unknown, credentials: boolean): readonly string[] {
  const [fallback, code] = LISTS[name] as (typeof LISTS)[string];
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    invalid(
      'INVALID_OPTION',
      name,
      show(value),
      `pass ${typeof value === 'string' ? split(value) : 'an array'}`,
    );
  }
  value.forEach((item: unknown, index) => {
    const field = `${name}[${index}]`;
    if (name === 'allowAuth') {
      if (!KINDS.includes(item as string)) invalid(code, field, show(item), `pass one of ${show(KINDS)}`);
    } else if (typeof item !== 'string' || !TOKEN.test(item)) {
      invalid(
        code,
        field,
        show(item),
        `pass ${typeof item === 'string' && item.includes(',') ? split(item) : 'an RFC 9110 token'}`,
      );
    } else if (item === '*' && credentials) {
      invalid(
        'WILDCARD_WITH_CREDENTIALS',
        field,
        '"*"',
        'with credentials: true browsers read it as a name; list the names',
      );
    }
  });
  return value;
}

/** A boolean option: `undefined` is `false`; `'true'` and the like are refused, never read as false. */
function flag(name: string, value: unknown): boolean {
  if (value !== undefined && typeof value !== 'boolean')
    invalid('INVALID_OPTION', name, show(value), 'pass true or false');
  return value === true;
}

/**
 * The fix for an item of `origins` that is not `scheme://host[:port]`: the origin WHATWG URL
 * finds in it when there is one (an IDN host in punycode, as browsers send it; a path or
 * userinfo dropped).
 */
function originFix(origin: unknown): string {
  if (origin instanceof RegExp) return 'a list holds origins only: pass the RegExp alone, or a predicate';
  if (origin === '*') return '"*" allows every origin: pass origins: "*" alone';
  try {
    const url = new URL(origin as string).origin;
    if (normalizeOrigin(url)) return `pass ${show(url)}, its origin (hosts in punycode)`;
  } catch {}
  return 'pass "scheme://host[:port]" (a RegExp or a predicate for patterns)';
}

/** Whether a request origin is allowed by `origins`; `'null'` only when listed as `'null'`. */
function originMatcher(origins: unknown): (origin: string) => boolean {
  if (typeof origins === 'function' || origins instanceof RegExp) {
    // An async function answers a Promise: refused here already, not at the first request.
    if (Object.prototype.toString.call(origins) === '[object AsyncFunction]') {
      invalid('INVALID_OPTION', 'origins', 'an async function', PREDICATE);
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
        invalid(
          'INVALID_OPTION',
          'origins',
          `a function that returned ${show(allowed)} for ${normal}`,
          PREDICATE,
        );
      }
      return allowed;
    };
  }
  if (origins === undefined || origins === null || origins === '' || (origins as unknown[]).length === 0) {
    const state = origins === undefined || origins === null ? 'missing' : 'empty';
    fail('NO_ORIGINS', `options.origins is ${state}; pass the origins of your pages, or "*"`);
  }
  const listed = typeof origins === 'string' ? [origins] : origins;
  if (!Array.isArray(listed))
    invalid('INVALID_OPTION', 'origins', show(origins), 'pass origins, "*", a RegExp or a predicate');
  const set = new Set<string>();
  listed.forEach((origin: unknown, index) => {
    const normal =
      origin === 'null' ? origin : typeof origin === 'string' ? normalizeOrigin(origin) : undefined;
    const field = Array.isArray(origins) ? `origins[${index}]` : 'origins';
    set.add(normal ?? invalid('INVALID_ORIGIN', field, show(origin), originFix(origin)));
  });
  return (origin) => set.has(origin) || set.has(normalizeOrigin(origin) as string);
}

/** Pairs whose value is not empty. */
const grant = (pairs: readonly (readonly [string, string])[]): Grant => pairs.filter(([, value]) => value);

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
  const given = Object(options) as { readonly [K in keyof CorsPolicyOptions]?: unknown };
  for (const key in given) {
    if (!OPTIONS.includes(key)) invalid('INVALID_OPTION', key, 'unknown', `pass options of ${show(OPTIONS)}`);
  }
  const { origins, maxAge, onError } = given;
  const credentials = flag('credentials', given.credentials);
  const star = origins === '*' || (Array.isArray(origins) && origins.length === 1 && origins[0] === '*');
  if (star && credentials) {
    invalid(
      'WILDCARD_WITH_CREDENTIALS',
      'origins',
      '"*"',
      'browsers refuse it with credentials: true; list the origins',
    );
  }
  const methods = list('methods', given.methods, credentials);
  const headers = [
    ...new Set(
      ['authorization', ...list('allowHeaders', given.allowHeaders, credentials)].map((name) =>
        name.toLowerCase(),
      ),
    ),
  ];
  if (maxAge !== undefined && !(Number.isSafeInteger(maxAge) && (maxAge as number) >= 0)) {
    invalid('INVALID_MAX_AGE', 'maxAge', show(maxAge), 'pass whole seconds, 0 or more');
  }
  if (onError !== undefined && typeof onError !== 'function')
    invalid('INVALID_OPTION', 'onError', show(onError), 'pass a function');
  const allowCredentials = credentials ? 'true' : '';
  return {
    star,
    allows: star ? () => true : originMatcher(origins),
    methods: new Set(methods),
    headers: new Set(headers),
    responseGrant: grant([
      ['access-control-allow-credentials', allowCredentials],
      ['access-control-expose-headers', list('exposeHeaders', given.exposeHeaders, credentials).join()],
    ]),
    preflightGrant: grant([
      ['access-control-allow-credentials', allowCredentials],
      ['access-control-allow-methods', methods.join()],
      ['access-control-allow-headers', headers.join()],
      ['access-control-max-age', maxAge === undefined ? '' : `${maxAge}`],
    ]),
    allowAuth: new Set(list('allowAuth', given.allowAuth, credentials) as AuthorizationKind[]),
    privateNetwork: flag('privateNetwork', given.privateNetwork),
    onError: onError as CorsPolicyOptions['onError'],
  };
}
