/** The first retry's backoff, in ms; each later one doubles it. */
const BACKOFF_MS = 250;

/** RFC 9110 10.2.3: Retry-After = HTTP-date / delay-seconds. */
const DELAY_SECONDS = /^\d+$/;

/**
 * How long to wait before retry number `attempt` (0 for the first), in ms: what the server asked
 * for in `Retry-After` (seconds, or an HTTP date against `now`), else 250 ms doubled per attempt,
 * with jitter (half to all of it) so that a fleet does not retry in step. `undefined` when the
 * server asks for longer than `maxMs`: then waiting is worse than failing.
 *
 * @example
 * ```ts
 * retryDelay(0, '2', 0, 10_000); // => 2000
 * retryDelay(0, 'Thu, 01 Jan 1970 00:00:03 GMT', 1000, 10_000); // => 2000
 * retryDelay(0, '3600', 0, 10_000); // => undefined
 * ```
 */
export function retryDelay(
  attempt: number,
  retryAfter: string | null,
  now: number,
  maxMs: number,
): number | undefined {
  const value = retryAfter?.trim();
  const at = !value ? Number.NaN : DELAY_SECONDS.test(value) ? now + Number(value) * 1000 : Date.parse(value);
  // No Retry-After, or one that does not parse: the backoff.
  if (Number.isNaN(at)) return BACKOFF_MS * 2 ** attempt * (0.5 + Math.random() / 2);
  const ms = Math.max(0, at - now);
  return ms <= maxMs ? ms : undefined;
}

/** Resolves after `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
