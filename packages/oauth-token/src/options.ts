import { checkFunction, checkMs, checkText, kindOf } from './check.ts';
import { fail } from './errors.ts';
import { checkTokenClient } from './token-client.ts';
import type { TokenClient } from './token-request.ts';
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
  const { tokens, store, refreshWindowMs, onEvent } = options;
  const grant = checkGrant(options.grant);
  return {
    ...checkTokenClient(
      options,
      grant.clientId,
      grant.clientSecret,
      'options.grant.clientId and clientSecret',
    ),
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
}
