import { isBearerToken, redactBearer } from '@auth/bearer';
import { checkText, kindOf } from './check.ts';
import { fail, type OAuthTokenErrorCode } from './errors.ts';
import type { TokenSet } from './types.ts';

/** At most the first 4 characters of a token (a quarter of a short one), then `****`. */
const redactToken = (token: unknown): string => redactBearer(token).slice(7);

/**
 * A copy of `set` that is safe to log: `accessToken` and `refreshToken` show at most their first
 * 4 characters (a quarter of a short token), the times and the scope as they are, and any other
 * field is left out. Never throws.
 *
 * @example
 * ```ts
 * redactTokenSet({ accessToken: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', tokenType: 'bearer', expiresAt: 1800000, refreshToken: 'f3b1c2d4e5a6b7c8' });
 * // => { accessToken: 'gEry****', tokenType: 'bearer', expiresAt: 1800000, refreshToken: 'f3b1****' }
 * ```
 */
export function redactTokenSet(set: TokenSet): Record<string, unknown> {
  const { accessToken, tokenType, expiresAt, issuedAt, refreshToken, refreshTokenExpiresAt, scope } = Object(
    set,
  ) as Partial<TokenSet>;
  return withoutUndefined({
    accessToken: redactToken(accessToken),
    tokenType,
    expiresAt,
    issuedAt,
    refreshToken: refreshToken === undefined ? undefined : redactToken(refreshToken),
    refreshTokenExpiresAt,
    scope,
  });
}

/** `object` without its `undefined` values (optional fields are absent, never `undefined`). */
function withoutUndefined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
}

/**
 * What every set this package makes inherits: `toJSON` and Node's custom inspect (which Deno and
 * Bun honour too) show {@link redactTokenSet}, so a set logged or serialised by mistake leaks
 * nothing. Non-enumerable and inherited: `{ ...set }` and `structuredClone(set)` copy the real
 * fields, for a store to persist.
 */
const REDACTING = /* @__PURE__ */ Object.defineProperties(
  {},
  {
    toJSON: {
      value(this: TokenSet) {
        return redactTokenSet(this);
      },
    },
    [Symbol.for('nodejs.util.inspect.custom')]: {
      value(this: TokenSet) {
        return redactTokenSet(this);
      },
    },
  },
);

/** The fields of a {@link TokenSet}, where an optional one may also be given as `undefined`. */
export type TokenSetFields = { [K in keyof TokenSet]: TokenSet[K] | undefined };

/** A frozen, redacting {@link TokenSet} of these fields (`undefined` ones left out). */
export function sealTokenSet(fields: TokenSetFields): TokenSet {
  return Object.freeze(Object.assign(Object.create(REDACTING), withoutUndefined({ ...fields })));
}

/** Whether two sets hold the same tokens: "a newer set" is one where either token differs. */
export const sameTokens = (a: TokenSet | undefined, b: TokenSet | undefined): boolean =>
  a?.accessToken === b?.accessToken && a?.refreshToken === b?.refreshToken;

/** A time field of a set: a finite number, or (when `nullable`) `null`/absent. */
function time(value: unknown, field: string, code: OAuthTokenErrorCode): number | null | undefined {
  if (value == null || Number.isFinite(value)) return value as number | null | undefined;
  return fail(code, `${field} must be epoch milliseconds or null, got ${kindOf(value)}`);
}

/**
 * `value` checked as a {@link TokenSet} (the `tokens` option, or what a store loaded) and sealed.
 * Lenient where a hand-written or deserialised set may differ: `tokenType` may be absent or
 * any case of `bearer`, and `expiresAt` absent means `null`.
 */
export function toTokenSet(value: unknown, field: string, code: OAuthTokenErrorCode): TokenSet {
  if (typeof value !== 'object' || value === null) {
    fail(code, `${field} must be a token set { accessToken, expiresAt, ... }, got ${kindOf(value)}`);
  }
  const { accessToken, tokenType, expiresAt, issuedAt, refreshToken, refreshTokenExpiresAt, scope } =
    value as Record<string, unknown>;
  const token = checkText(accessToken, `${field}.accessToken`, 'the access token', code);
  if (!isBearerToken(token)) fail(code, `${field}.accessToken is not an RFC 6750 b64token`);
  if (tokenType !== undefined && String(tokenType).toLowerCase() !== 'bearer') {
    fail(code, `${field}.tokenType must be 'bearer'`);
  }
  if (scope !== undefined && typeof scope !== 'string') {
    fail(code, `${field}.scope must be a string, got ${kindOf(scope)}`);
  }
  return sealTokenSet({
    accessToken: token,
    tokenType: 'bearer',
    expiresAt: time(expiresAt, `${field}.expiresAt`, code) ?? null,
    issuedAt: time(issuedAt, `${field}.issuedAt`, code) ?? undefined,
    refreshToken:
      refreshToken === undefined
        ? undefined
        : checkText(refreshToken, `${field}.refreshToken`, 'the refresh token', code),
    refreshTokenExpiresAt: time(refreshTokenExpiresAt, `${field}.refreshTokenExpiresAt`, code),
    scope,
  });
}
