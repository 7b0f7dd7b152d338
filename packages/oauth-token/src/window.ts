import { misuse } from './check.ts';
import type { TokenSet } from './types.ts';

/**
 * The default refresh window: a tenth of the token's lifetime, at least 15 s and at most
 * 5 minutes. A Zendesk token of 30 minutes refreshes 3 minutes early, one of 5 minutes (its
 * minimum) 30 s early, one of 48 hours 5 minutes early (a fixed 5 minutes, google-auth-library's,
 * would refresh a 5-minute token at every call).
 *
 * @example
 * ```ts
 * defaultRefreshWindow(30 * 60_000); // => 180_000
 * defaultRefreshWindow(5 * 60_000); // => 30_000
 * defaultRefreshWindow(60_000); // => 15_000
 * ```
 */
export const defaultRefreshWindow = (lifetimeMs: number): number =>
  Math.min(300_000, Math.max(15_000, lifetimeMs / 10));

/**
 * When `set` should be refreshed (epoch ms): `window` before it expires, where `window` is a
 * number of ms or a function of its lifetime (`expiresAt - issuedAt`, or, for a set without
 * `issuedAt`, the time left at `now`, when the source first sees it). `Infinity` for a set that
 * states no expiry: it is used until a 401.
 */
export function refreshTime(
  set: TokenSet,
  now: number,
  window: number | ((lifetimeMs: number) => number),
): number {
  const { expiresAt } = set;
  if (expiresAt === null) return Infinity;
  const lifetime = expiresAt - (set.issuedAt ?? now);
  const ms = typeof window === 'number' ? window : window(lifetime);
  if (!(ms >= 0)) {
    misuse(`options.refreshWindowMs returned ${String(ms)}; return 0 or more`);
  }
  return expiresAt - ms;
}
