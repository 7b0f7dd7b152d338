import { assertHttpsUrl } from '@auth/tls-check';
import { checkChoice, checkFunction, checkMs, checkText, kindOf } from './check.ts';
import { fail } from './errors.ts';
import { type TokenClient, tokenRequestInit } from './token-request.ts';
import { toTokenSet } from './token-set.ts';
import type { Grant, TokenSet, TokenSourceEvent, TokenSourceOptions, TokenStore } from './types.ts';
import { defaultRefreshWindow } from './window.ts';

/** The options of `createTokenSource`, checked, with their defaults. */
export interface SourceConfig extends TokenClient {
  readonly grant: Grant;
  readonly tokens: TokenSet | undefined;
  /** `undefined`: the set lives in the source's memory only (nothing to load, lock or save). */
  readonly store: TokenStore | undefined;
  readonly refreshWindowMs: number | ((lifetimeMs: number) => number);
  readonly onEvent: ((event: TokenSourceEvent) => void) | undefined;
}

/** `setTimeout`'s longest delay (a signed 32-bit number of ms); longer ones fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** The grant, checked: its type, and the client credentials it needs. */
function checkGrant(grant: unknown): Grant {
  if (typeof grant !== 'object' || grant === null) {
    fail(
      'INVALID_OPTION',
      `options.grant ${grant == null ? 'is missing' : `must be an object, got ${kindOf(grant)}`}; pass { type: 'client_credentials' | 'refresh_token', clientId, clientSecret }`,
    );
  }
  const { type, clientId, clientSecret, scope } = grant as Record<string, unknown>;
  if (type !== 'client_credentials' && type !== 'refresh_token') {
    fail('INVALID_OPTION', "options.grant.type must be 'client_credentials' or 'refresh_token'");
  }
  return {
    type,
    clientId: checkText(clientId, 'options.grant.clientId', "your OAuth client's id"),
    ...((clientSecret !== undefined || type === 'client_credentials') && {
      clientSecret: checkText(clientSecret, 'options.grant.clientSecret', "your OAuth client's secret"),
    }),
    ...(scope !== undefined && { scope: checkText(scope, 'options.grant.scope', 'space-separated scopes') }),
  } as Grant;
}

/** The store, checked: an object with `load` and `save` functions, and maybe `lock`. */
function checkStore(store: unknown): TokenStore {
  const { load, save, lock } = Object(store) as Record<string, unknown>;
  if (
    typeof store !== 'object' ||
    store === null ||
    typeof load !== 'function' ||
    typeof save !== 'function'
  ) {
    fail('INVALID_OPTION', `options.store must be a TokenStore { load, save, lock? }, got ${kindOf(store)}`);
  }
  checkFunction(lock, 'options.store.lock');
  return store as TokenStore;
}

/**
 * Checks the options of `createTokenSource` once, at creation: wrong types and missing options
 * are `INVALID_OPTION`, naming the option and the fix (the calling code is wrong, not the
 * server). Unknown options are ignored, so that a preset such as `zendesk()` spreads in.
 */
export function checkOptions(options: TokenSourceOptions): SourceConfig {
  if (typeof options !== 'object' || options === null) {
    fail(
      'INVALID_OPTION',
      `options ${options == null ? 'is missing' : `must be an object, got ${kindOf(options)}`}; pass { tokenEndpoint, grant }`,
    );
  }
  const { tokenEndpoint, tokens, store, refreshWindowMs, timeoutMs, now, onEvent } = options;
  // Called unbound, never as a method of the options: a browser's fetch refuses another `this`.
  const fetch = checkFunction(options.fetch, 'options.fetch') ?? globalThis.fetch;
  if (tokenEndpoint == null)
    fail('INVALID_OPTION', "options.tokenEndpoint is missing; pass the token endpoint's https: URL");
  let endpoint: URL;
  try {
    endpoint = assertHttpsUrl(tokenEndpoint);
  } catch (error) {
    // @auth/tls-check's message names `url` and the fix; here the field is the option.
    const why = String((error as Error).message).replace(/^\[[^\]]*\] url /, '');
    return fail('INVALID_OPTION', `options.tokenEndpoint ${why}`);
  }
  const grant = checkGrant(options.grant);
  const config: SourceConfig = {
    tokenEndpoint: endpoint.href,
    clientId: grant.clientId,
    clientSecret: grant.clientSecret,
    format: checkChoice(options.format, 'options.format', ['form', 'json']),
    clientAuth: checkChoice(options.clientAuth, 'options.clientAuth', ['body', 'basic']),
    timeoutMs: timeoutMs === undefined ? 10_000 : checkMs(timeoutMs, 'options.timeoutMs', 1, MAX_TIMEOUT_MS),
    fetch: (input, init) => fetch(input, init),
    now: checkFunction(now, 'options.now') ?? Date.now,
    grant,
    tokens: tokens === undefined ? undefined : toTokenSet(tokens, 'options.tokens', 'INVALID_OPTION'),
    store: store === undefined ? undefined : checkStore(store),
    refreshWindowMs:
      refreshWindowMs === undefined
        ? defaultRefreshWindow
        : typeof refreshWindowMs === 'function'
          ? refreshWindowMs
          : checkMs(refreshWindowMs, 'options.refreshWindowMs', 0),
    onEvent: checkFunction(onEvent, 'options.onEvent'),
  };
  // HTTP Basic client authentication is built now, so that credentials too long for a header
  // are refused here rather than at the first refresh.
  try {
    tokenRequestInit(config, {});
  } catch {
    fail(
      'INVALID_OPTION',
      'options.grant.clientId and clientSecret are too long for a Basic header; use clientAuth: body',
    );
  }
  return config;
}
