import { CorsPolicyError, type CorsPolicyErrorCode } from './errors.ts';
import { normalizeOrigin } from './origin.ts';
import type { CorsPolicyOptions } from './types.ts';

// RFC 9110 5.6.2: token = 1*tchar; tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-"
// / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA. Methods (9.1) and field names (5.1) are tokens.
const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;

const KINDS = ['none', 'bearer', 'api-token', 'password', 'other'];

/** The options of a policy, checked once and turned into what the hot path reads. */
export interface CompiledOptions {
  /** `origins: '*'`: answer `Access-Control-Allow-Origin: *` and never vary on `Origin`. */
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

const fail = (code: CorsPolicyErrorCode, field: string, value: unknown, fix: string): never => {
  throw new CorsPolicyError(code, `options.${field} has ${JSON.stringify(value)}; ${fix}`);
};

/** Checks a list of tokens (methods, header names); `'*'` is refused with credentials. */
function tokens(field: string, values: readonly string[], credentials: boolean, code: CorsPolicyErrorCode) {
  for (const value of values) {
    if (typeof value !== 'string' || !TOKEN.test(value)) fail(code, field, value, 'use an RFC 9110 token');
    if (value === '*' && credentials)
      fail('WILDCARD_WITH_CREDENTIALS', field, value, 'list them: "*" is literal with credentials');
  }
  return values;
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
  for (const origin of list as readonly string[]) {
    const normal = origin === 'null' ? origin : normalizeOrigin(`${origin}`);
    set.add(
      normal ??
        fail('INVALID_ORIGIN', 'origins', origin, 'use scheme://host[:port], no path (RegExp for patterns)'),
    );
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
  const credentials = options.credentials === true;
  const star = options.origins === '*';
  if (star && credentials) tokens('origins', ['*'], true, 'INVALID_ORIGIN');
  const methods = tokens(
    'methods',
    options.methods ?? ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
    credentials,
    'INVALID_METHOD',
  );
  const headers = [
    ...new Set(
      [
        'authorization',
        ...tokens(
          'allowHeaders',
          options.allowHeaders ?? ['content-type'],
          credentials,
          'INVALID_HEADER_NAME',
        ),
      ].map((name) => name.toLowerCase()),
    ),
  ];
  const { maxAge } = options;
  if (maxAge !== undefined && !(Number.isSafeInteger(maxAge) && maxAge >= 0)) {
    fail('INVALID_MAX_AGE', 'maxAge', maxAge, 'use whole seconds, 0 or more');
  }
  const allowAuth = options.allowAuth ?? ['none', 'bearer'];
  for (const kind of allowAuth) {
    if (!KINDS.includes(kind)) fail('INVALID_ALLOW_AUTH', 'allowAuth', kind, `use ${KINDS.join(', ')}`);
  }
  return {
    star,
    allows: star ? () => true : originMatcher(options.origins),
    methods: new Set(methods),
    methodsValue: methods.join(),
    headers: new Set(headers),
    headersValue: headers.join(),
    exposeValue: tokens(
      'exposeHeaders',
      options.exposeHeaders ?? [],
      credentials,
      'INVALID_HEADER_NAME',
    ).join(),
    maxAge: maxAge === undefined ? '' : `${maxAge}`,
    credentials,
    allowAuth: new Set(allowAuth),
    privateNetwork: options.privateNetwork === true,
  };
}
