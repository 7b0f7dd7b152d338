import { CorsPolicyError, type CorsPolicyErrorCode } from './errors.ts';
import { normalizeOrigin } from './origin.ts';
import type { CorsPolicyOptions } from './types.ts';

// RFC 9110 5.6.2: token = 1*tchar; tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-"
// / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA. Methods (9.1) and field names (5.1) are tokens.
const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;

const KINDS = ['none', 'bearer', 'api-token', 'password', 'other'];

/** The options of a policy, checked once and turned into what the hot path reads. */
export interface CompiledOptions {
  /**
   * `origins: '*'` (or `['*']`): `Access-Control-Allow-Origin: *` on every response but the 403
   * and a refused preflight, and `Vary: Origin` only where the answer still depends on it.
   */
  readonly star: boolean;
  /** Whether a request origin (as sent) is allowed. */
  readonly allows: (origin: string) => boolean;
  readonly methods: ReadonlySet<string>;
  readonly methodsValue: string;
  readonly headers: ReadonlySet<string>;
  readonly headersValue: string;
  readonly exposeValue: string;
  readonly maxAge: string;
  readonly credentials: boolean;
  readonly allowAuth: ReadonlySet<string>;
  readonly privateNetwork: boolean;
}

/** `value` as the message shows it: JSON where it can, else its string or its type. */
const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
};

const fail = (code: CorsPolicyErrorCode, field: string, value: unknown, fix: string): never => {
  throw new CorsPolicyError(code, `options.${field} has ${show(value)}; ${fix}`);
};

/** A list option: `undefined` gives `fallback`; anything but an array (a lone string too) is refused. */
function list<T>(field: string, value: readonly T[] | undefined, fallback: readonly T[]): readonly T[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    fail(
      'INVALID_OPTION',
      field,
      value,
      `use an array${typeof value === 'string' ? `: ${show([value])}` : ''}`,
    );
  }
  return value;
}

/** A boolean option: `undefined` is `false`; `'true'` and the like are refused, never read as false. */
function flag(field: string, value: boolean | undefined): boolean {
  if (value !== undefined && typeof value !== 'boolean')
    fail('INVALID_OPTION', field, value, 'use true or false');
  return value === true;
}

/** Checks a list of tokens (methods, header names); `'*'` is refused with credentials. */
function tokens(field: string, values: readonly string[], credentials: boolean, code: CorsPolicyErrorCode) {
  for (const value of values) {
    if (typeof value !== 'string' || !TOKEN.test(value)) fail(code, field, value, 'use an RFC 9110 token');
    if (value === '*' && credentials)
      fail('WILDCARD_WITH_CREDENTIALS', field, value, 'list them: "*" is literal with credentials');
  }
  return values;
}

/**
 * The fix for an origin that is not `scheme://host[:port]`: the origin WHATWG URL finds in it
 * when there is one (an IDN host in punycode, as browsers send it; a path or userinfo dropped).
 */
function originFix(origin: unknown): string {
  try {
    const url = new URL(origin as string).origin;
    if (url !== origin && normalizeOrigin(url)) return `use ${show(url)}, its origin (hosts in punycode)`;
  } catch {}
  return 'use scheme://host[:port], no path (RegExp for patterns)';
}

/** The origin matcher: a set of normalised origins, or a RegExp/predicate that never sees `'null'`. */
function originMatcher(origins: CorsPolicyOptions['origins']): (origin: string) => boolean {
  if (typeof origins === 'function' || origins instanceof RegExp) {
    return (origin) => {
      const normal = normalizeOrigin(origin);
      if (normal === undefined) return false;
      if (typeof origins === 'function') return origins(normal) === true;
      origins.lastIndex = 0;
      return origins.test(normal);
    };
  }
  const list = typeof origins === 'string' ? [origins] : origins;
  if (!Array.isArray(list) || !list.length || origins === '') {
    fail('NO_ORIGINS', 'origins', origins ?? null, 'list the origins of your pages, or "*"');
  }
  const set = new Set<string>();
  for (const origin of list as readonly unknown[]) {
    const normal =
      origin === 'null' ? origin : typeof origin === 'string' ? normalizeOrigin(origin) : undefined;
    set.add(normal ?? fail('INVALID_ORIGIN', 'origins', origin, originFix(origin)));
  }
  return (origin) => set.has(origin) || set.has(normalizeOrigin(origin) as string);
}

/**
 * Validates the options of `createCorsPolicy` and precomputes every header value.
 *
 * @example
 * ```ts
 * compileOptions({ origins: 'https://app.example.com' }).methodsValue; // => 'GET,HEAD,PUT,PATCH,POST,DELETE'
 * ```
 */
export function compileOptions(options: CorsPolicyOptions): CompiledOptions {
  const { origins, maxAge, ...rest } = Object(options) as CorsPolicyOptions;
  const credentials = flag('credentials', rest.credentials);
  const star = origins === '*' || (Array.isArray(origins) && origins.length === 1 && origins[0] === '*');
  if (star && credentials) tokens('origins', ['*'], true, 'INVALID_ORIGIN');
  const methods = tokens(
    'methods',
    list('methods', rest.methods, ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE']),
    credentials,
    'INVALID_METHOD',
  );
  const headers = [
    ...new Set(
      [
        'authorization',
        ...tokens(
          'allowHeaders',
          list('allowHeaders', rest.allowHeaders, ['content-type']),
          credentials,
          'INVALID_HEADER_NAME',
        ),
      ].map((name) => name.toLowerCase()),
    ),
  ];
  if (maxAge !== undefined && !(Number.isSafeInteger(maxAge) && maxAge >= 0)) {
    fail('INVALID_MAX_AGE', 'maxAge', maxAge, 'use whole seconds, 0 or more');
  }
  const allowAuth = list('allowAuth', rest.allowAuth, ['none', 'bearer']);
  for (const kind of allowAuth) {
    if (!KINDS.includes(kind)) fail('INVALID_ALLOW_AUTH', 'allowAuth', kind, `use ${KINDS.join(', ')}`);
  }
  return {
    star,
    allows: star ? () => true : originMatcher(origins),
    methods: new Set(methods),
    methodsValue: methods.join(),
    headers: new Set(headers),
    headersValue: headers.join(),
    exposeValue: tokens(
      'exposeHeaders',
      list('exposeHeaders', rest.exposeHeaders, []),
      credentials,
      'INVALID_HEADER_NAME',
    ).join(),
    maxAge: maxAge === undefined ? '' : `${maxAge}`,
    credentials,
    allowAuth: new Set(allowAuth),
    privateNetwork: flag('privateNetwork', rest.privateNetwork),
  };
}
