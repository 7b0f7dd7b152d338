import { isBearerToken, redactBearer } from '@auth/bearer';
import { checkObject, checkText, kindOf, type Refuse } from './check.ts';
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
 * fields, for a store to persist. Made by a call marked pure (bundlers keep an object literal
 * with a symbol key, pure or not), so that a bundle that never seals a set drops it.
 */
const REDACTING: object = /* @__PURE__ */ redactingPrototype();

function redactingPrototype(): object {
  const redacted = {
    value(this: TokenSet) {
      return redactTokenSet(this);
    },
  };
  return Object.defineProperties(
    {},
    { toJSON: redacted, [Symbol.for('nodejs.util.inspect.custom')]: redacted },
  );
}

/** The fields of a {@link TokenSet}, where an optional one may also be given as `undefined`. */
export type TokenSetFields = { [K in keyof TokenSet]: TokenSet[K] | undefined };

/** A frozen, redacting {@link TokenSet} of these fields (`undefined` ones left out). */
export function sealTokenSet(fields: TokenSetFields): TokenSet {
  return Object.freeze(Object.assign(Object.create(REDACTING), withoutUndefined({ ...fields })));
}

/** Whether two sets hold the same tokens: "a newer set" is one where either token differs. */
export const sameTokens = (a: TokenSet | undefined, b: TokenSet | undefined): boolean =>
  a?.accessToken === b?.accessToken && a?.refreshToken === b?.refreshToken;

/** An access token, whatever brought it: an RFC 6750 `b64token`, the one rule a `Bearer` header needs. */
export const checkAccessToken = (value: unknown, field: string, refuse: Refuse): string =>
  isBearerToken(value) ? value : refuse(`${field} must be an RFC 6750 b64token`);

/** A refresh token, when there is one (`null` counts as none): a string safe in a form. */
export const checkRefreshToken = (value: unknown, field: string, refuse: Refuse): string | undefined =>
  value == null ? undefined : checkText(value, field, 'a refresh token', refuse);

/** A scope, when there is one (`null` counts as none): space-separated, as granted. */
export const checkScope = (value: unknown, field: string, refuse: Refuse): string | undefined =>
  value == null || typeof value === 'string'
    ? (value ?? undefined)
    : refuse(`${field} must be a string, got ${kindOf(value)}`);

/** A time of a set: epoch ms, or `null`/absent. */
function time(value: unknown, field: string, refuse: Refuse): number | null | undefined {
  if (value == null || Number.isFinite(value)) return value as number | null | undefined;
  return refuse(`${field} must be epoch milliseconds or null, got ${kindOf(value)}`);
}

/**
 * `value` checked as a {@link TokenSet} (the `tokens` option, or what a store loaded) and sealed;
 * what is wrong is refused with `refuse`, naming `field`. Lenient where a hand-written or
 * deserialised set may differ: `tokenType` may be absent or any case of `bearer`, `null` stands
 * for an absent field, and `expiresAt` absent means `null`.
 */
export function toTokenSet(value: unknown, field: string, refuse: Refuse): TokenSet {
  const { accessToken, tokenType, expiresAt, issuedAt, refreshToken, refreshTokenExpiresAt, scope } =
    checkObject(value, field, 'a token set { accessToken, expiresAt }', refuse);
  if (tokenType !== undefined && String(tokenType).toLowerCase() !== 'bearer') {
    refuse(`${field}.tokenType must be 'bearer'`);
  }
  return sealTokenSet({
    accessToken: checkAccessToken(accessToken, `${field}.accessToken`, refuse),
    tokenType: 'bearer',
    expiresAt: time(expiresAt, `${field}.expiresAt`, refuse) ?? null,
    issuedAt: time(issuedAt, `${field}.issuedAt`, refuse) ?? undefined,
    refreshToken: checkRefreshToken(refreshToken, `${field}.refreshToken`, refuse),
    refreshTokenExpiresAt: time(refreshTokenExpiresAt, `${field}.refreshTokenExpiresAt`, refuse),
    scope: checkScope(scope, `${field}.scope`, refuse),
  });
}
