import { bearerHeader } from '@auth/bearer';
import type { Refuse } from './check.ts';
import { fail, OAuthTokenError } from './errors.ts';
import { fetchWithToken } from './fetch.ts';
import { checkOptions } from './options.ts';
import { callStore, pollWhilePending, withLock } from './store.ts';
import { mayHaveSpent, requestToken } from './token-request.ts';
import { sameTokens, sealTokenSet, toTokenSet } from './token-set.ts';
import type { CallOptions, TokenSet, TokenSource, TokenSourceEvent, TokenSourceOptions } from './types.ts';
import { refreshTime } from './window.ts';
import { isCloudflareWorkers, madeInThisRequest, requestMarker } from './workers.ts';

/** A refresh in flight: what its callers await, its generation, and (in Workers) its request. */
interface Flight {
  readonly promise: Promise<TokenSet>;
  readonly generation: number;
  readonly marker: Response | undefined;
}

const accessTokenOf = (set: TokenSet): string => set.accessToken;
const authorizationOf = (set: TokenSet): string => bearerHeader(set.accessToken);

/** What a caller whose `signal` fired gets. */
const aborted = (signal: AbortSignal) =>
  new OAuthTokenError('ABORTED', 'the call was aborted by its signal; the refresh goes on', {
    cause: signal.reason,
  });

/** What a store loaded that is no token set: the store is wrong, not the calling code. */
const junk: Refuse = (message) => fail('STORE_ERROR', message);

/** A promise that settles as `promise` does, or rejects `ABORTED` when `signal` fires first. */
function detach<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const abort = () => reject(aborted(signal));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * A source of valid access tokens for every caller of a process: it loads the set from its
 * store, refreshes it ahead of expiry (`refreshWindowMs`) or when a 401 shows it is dead, with
 * **one** token request for any number of concurrent callers, saves the new set (awaited)
 * before anyone gets its token, and retries a request once after a 401. Options are checked
 * here (`INVALID_OPTION`); see the package README for each option and rule.
 *
 * @throws {OAuthTokenError} `INVALID_OPTION` when an option is missing or of the wrong type.
 *
 * @example
 * ```ts
 * const source = createTokenSource({
 *   tokenEndpoint: 'https://acme.zendesk.com/oauth/tokens',
 *   grant: { type: 'client_credentials', clientId: 'my_app', clientSecret: 'my-app-secret' },
 *   fetch: async () => Response.json({ access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', token_type: 'bearer', expires_in: 1800 }),
 * });
 * await source.token(); // => 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'
 * await source.authorization(); // => 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'
 * source.state; // => 'valid'
 * createTokenSource({ tokenEndpoint: 'http://acme.zendesk.com/oauth/tokens', grant: { type: 'refresh_token', clientId: 'my_app' } });
 * // throws INVALID_OPTION: options.tokenEndpoint uses http:; use https: instead
 * ```
 */
export function createTokenSource(options: TokenSourceOptions): TokenSource {
  const config = checkOptions(options);
  const { grant, store, now, refreshWindowMs } = config;
  const workers = isCloudflareWorkers();

  let held: TokenSet | undefined; // the set callers get
  let header = ''; // 'Bearer ' + held.accessToken
  let refreshAt = -Infinity; // when held needs a refresh
  let fastUntil = -Infinity; // refreshAt while nothing else needs the slow path: the fast path's one test
  let stale = false; // held's access token was refused (a 401)
  let unsaved = false; // held is newer than the store: its save failed
  let basis: TokenSet | undefined; // the set last loaded from or saved to the store
  let seed = config.tokens; // seeds an empty store, once
  let reauth = false;
  let shut = false; // close() was called: new calls fail
  let closing: Promise<void> | undefined;
  let closed = false;
  let flight: Flight | undefined; // set while a flight is in the air
  let started = 0; // generations: every flight gets the next one
  let applied = 0; // the generation of held: an older flight never replaces it

  const emit = (event: TokenSourceEvent) => {
    try {
      config.onEvent?.(event);
    } catch {} // metrics must not break authentication
  };
  /** The tokens a store's error message must not show: those held, stored, and about to be saved. */
  const secrets = (next?: TokenSet) =>
    [held, basis, next].flatMap((set) => [set?.accessToken, set?.refreshToken]);
  const live = () => held !== undefined && !stale && (held.expiresAt === null || now() < held.expiresAt);
  const fresh = () => held !== undefined && !stale && now() < refreshAt;
  const settle = () => {
    fastUntil = stale || unsaved || shut || reauth || flight ? -Infinity : refreshAt;
  };

  /** Makes `set` the held one, unless a newer generation already replaced it. */
  function hold(set: TokenSet, generation: number): void {
    if (generation < applied) return;
    applied = generation;
    held = set;
    header = bearerHeader(set.accessToken);
    refreshAt = refreshTime(set, now(), refreshWindowMs);
    stale = false;
    settle();
  }

  /**
   * Loads the store and adopts its set when it is newer than the one last loaded or saved
   * (another process refreshed); an empty store is seeded with `tokens`. `true`: adopted.
   */
  async function adopt(generation: number): Promise<boolean> {
    if (!store) return false;
    const loaded = await callStore('load', () => store.load(), secrets());
    let stored = loaded == null ? undefined : toTokenSet(loaded, 'store.load()', junk);
    if (stored === undefined && seed !== undefined) {
      const tokens = seed;
      seed = undefined;
      if (!(await callStore('save', () => store.save(tokens, undefined), secrets())))
        return adopt(generation);
      stored = tokens;
    }
    if (stored === undefined || sameTokens(stored, basis)) return false;
    const peer = basis !== undefined;
    basis = stored;
    unsaved = false;
    hold(stored, generation);
    if (peer) emit({ type: 'adopted', expiresAt: stored.expiresAt });
    return true;
  }

  /**
   * Saves `next` (compare-and-set against `previous`, the set the store held when `next` was
   * asked for) and only then holds it. A save that throws keeps it in memory, where it may be
   * the only valid copy, to be saved again by the next call; a save that finds the store
   * changed adopts the stored set, and one that finds it emptied seeds it with `next`. A flight
   * older than the held set saves nothing.
   */
  async function persist(next: TokenSet, previous: TokenSet | undefined, generation: number): Promise<void> {
    if (generation < applied) return;
    if (!store) return hold(next, generation);
    let saved: boolean;
    try {
      saved = await callStore('save', () => store.save(next, previous), secrets(next));
    } catch (error) {
      unsaved = true;
      hold(next, generation);
      emit({ type: 'persist-failed', code: 'PERSIST_FAILED' });
      throw new OAuthTokenError(
        'PERSIST_FAILED',
        'store.save failed; the new tokens are kept in memory and saved at the next call',
        { cause: error },
      );
    }
    if (!saved) {
      if (await adopt(generation)) return;
      // The store refused the save yet holds nothing newer: it lost its data (a Redis restarted
      // without persistence). `next` was issued after the store last held a set, so it is the one
      // to keep: save it as the seed of an empty store, where the others will load it.
      saved = await callStore('save', () => store.save(next, undefined), secrets(next)).catch(() => false);
    }
    unsaved = !saved; // kept in memory and saved again at the next call
    if (saved) basis = next;
    hold(next, generation);
  }

  /**
   * Drops the held refresh token (the one just sent) from this source and, compare-and-set
   * against the set it was loaded or saved as, from the store: no process of the fleet sends
   * it again. The access token stays (it may still work). A save that fails is retried at the
   * next call; one that finds a newer set adopts it.
   */
  async function drop(generation: number): Promise<void> {
    const kept = sealTokenSet({
      ...(held as TokenSet),
      refreshToken: undefined,
      refreshTokenExpiresAt: undefined,
    });
    await persist(kept, basis, generation).catch(() => {}); // PERSIST_FAILED: reported through onEvent
  }

  /** Spends the grant: one token request, its set saved and held. */
  async function spend(generation: number, forced: boolean): Promise<TokenSet> {
    const previous = held;
    const stored = basis;
    const refreshToken = previous?.refreshToken;
    let params: Record<string, string>;
    if (grant.type === 'client_credentials') {
      params = { grant_type: 'client_credentials', ...(grant.scope !== undefined && { scope: grant.scope }) };
    } else if (refreshToken !== undefined) {
      params = { grant_type: 'refresh_token', refresh_token: refreshToken };
    } else {
      return fail('NO_REFRESH_TOKEN', 'no refresh token; pass tokens from a sign-in');
    }
    emit({ type: 'refresh-start', grant: grant.type, forced });
    const began = now();
    let next: TokenSet;
    try {
      // A client_credentials request spends nothing: retried on network errors, timeouts, 429
      // and 5xx. A refresh token may be spent by any request that reached the server: never.
      const retries = grant.type === 'client_credentials' ? 2 : 0;
      next = await requestToken(config, params, retries, [previous?.accessToken]);
    } catch (error) {
      const { code, status } = error as OAuthTokenError;
      emit({ type: 'refresh-failed', code, ...(status !== undefined && { status }), ms: now() - began });
      if (grant.type === 'client_credentials') throw error; // nothing was spent
      // CONNECTION_FAILED (no connection, nothing sent) falls through to the end: the set is kept
      // as it was, and the next call tries again.
      if (code === 'INVALID_GRANT') {
        // Another process may have spent it first and saved what it got: adopt that, no outage.
        if ((await adopt(generation)) && live()) return held as TokenSet;
        reauth = true;
        settle();
        emit({ type: 'reauth-required' });
      } else if (mayHaveSpent(error as OAuthTokenError)) {
        // The server may have rotated and its answer is lost: sending the refresh token again
        // would be reuse (RFC 9700 4.14.2: strict servers revoke the whole family, and a request
        // still on its way may yet land). Adopt a set another process saved, else drop it.
        const adopted = await adopt(generation).catch(() => false);
        if (adopted && live()) return held as TokenSet;
        if (adopted || held !== previous) throw error; // a newer set is held: its token was not sent
        await drop(generation);
        throw new OAuthTokenError(
          code,
          `refresh failed (${code}) after it may have reached the server: its refresh token is dropped; sign in again`,
          { ...(status !== undefined && { status }), cause: error },
        );
      }
      throw error;
    }
    // RFC 6749 section 6: an answer without a refresh token leaves the previous one valid.
    if (next.refreshToken === undefined && refreshToken !== undefined) {
      next = sealTokenSet({ ...next, refreshToken, refreshTokenExpiresAt: previous?.refreshTokenExpiresAt });
    }
    await persist(next, stored, generation);
    emit({
      type: 'refresh-ok',
      expiresAt: next.expiresAt,
      rotated: next.refreshToken !== refreshToken,
      ms: now() - began,
    });
    return held as TokenSet;
  }

  /**
   * One flight: save a set whose save failed, load the store (adopting a newer set), and spend
   * the grant only when the held set still needs it; under the store's lock, load again first.
   */
  async function fly(generation: number, forced: boolean): Promise<TokenSet> {
    if (!store) {
      // The set lives in this source's memory only: nothing to load, and nobody else changes it.
      // No await before the token request, so the first caller sends it before the others queue.
      if (seed) hold(seed, generation);
      seed = undefined;
      return !forced && fresh() ? (held as TokenSet) : spend(generation, forced);
    }
    if (unsaved && held) {
      await persist(held, basis, generation).catch(() => {}); // reported through onEvent; the set still serves
      if (!forced && fresh()) return held;
    }
    // Whether the store spares the spending: it holds a fresh set (or, for a forced refresh, a
    // live set that another process saved since this one last looked).
    const enough = async () => {
      const known = basis !== undefined;
      const adopted = await adopt(generation);
      return forced ? known && adopted && live() : fresh();
    };
    if (await enough()) return held as TokenSet;
    if (!store.lock) return spend(generation, forced);
    // Under the lock, load again first: another process may have refreshed meanwhile. And while
    // waiting for the lock, look for that refresh: processes that saw the same expiry or 401
    // then take its set at once, instead of queueing at the lock one by one only to load it.
    let decided = false;
    let won = () => {};
    const winning = new Promise<void>((resolve) => (won = resolve));
    const locked = withLock(
      store,
      async () => {
        won();
        return decided || (await enough()) ? (held as TokenSet) : spend(generation, forced);
      },
      secrets(),
    );
    const waiting = Promise.race([locked, winning]);
    try {
      return await Promise.race([locked, pollWhilePending(waiting, enough).then(() => held as TokenSet)]);
    } finally {
      decided = true; // a lock won after this spends nothing
      locked.catch(() => {}); // decided without it: what it throws later is nobody's
    }
  }

  /** The flight to wait for: the one in the air (in Workers, only if this request started it), or a new one. */
  function join(forced: boolean): Promise<TokenSet> {
    if (flight && (!flight.marker || madeInThisRequest(flight.marker))) return flight.promise;
    const generation = ++started;
    const promise = fly(generation, forced).finally(() => {
      if (flight?.generation === generation) flight = undefined;
      settle();
    });
    flight = { promise, generation, marker: workers ? requestMarker() : undefined };
    settle(); // while a refresh is in the air, every caller waits for it (it may delete the held token)
    return promise;
  }

  /** The slow path of every call: refuse when closed or dead, else wait for a flight, detachable. */
  function ensure(options: CallOptions | undefined, forced: boolean): Promise<TokenSet> {
    if (shut)
      return Promise.reject(new OAuthTokenError('CLOSED', 'the token source is closed; create another'));
    if (reauth) {
      return Promise.reject(
        new OAuthTokenError('REAUTH_REQUIRED', 'the refresh token was refused; sign in again'),
      );
    }
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(aborted(signal));
    return detach(join(forced), signal);
  }

  const source: TokenSource = {
    // Not async: the fast path makes one promise, a waiting caller one derived from the flight's.
    token(options) {
      if (held !== undefined && now() < fastUntil && !options?.signal?.aborted)
        return Promise.resolve(held.accessToken);
      return ensure(options, false).then(accessTokenOf);
    },
    authorization(options) {
      if (held !== undefined && now() < fastUntil && !options?.signal?.aborted)
        return Promise.resolve(header);
      return ensure(options, false).then(authorizationOf);
    },
    fetch: (input, init) => fetchWithToken(source, config.fetch, input, init),
    invalidate(accessToken) {
      if (shut || stale || held?.accessToken !== accessToken) return false;
      stale = true;
      settle();
      return true;
    },
    refresh: (options) => ensure(options, true),
    get state() {
      if (closed) return 'closed';
      if (reauth) return 'reauth-required';
      if (flight) return 'refreshing';
      return live() ? 'valid' : 'empty';
    },
    get expiresAt() {
      return held?.expiresAt ?? null;
    },
    close() {
      if (!closing) {
        shut = true;
        settle();
        closing = (async () => {
          while (flight) await flight.promise.catch(() => {});
          closed = true;
        })();
      }
      return closing;
    },
    [Symbol.asyncDispose]: () => source.close(),
  };
  return source;
}
