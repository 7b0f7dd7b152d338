import { checkFunction, checkMs, checkObject, checkText, misuse } from './check.ts';
import { checkTokenClient } from './token-client.ts';
import type { TokenClient } from './token-request.ts';
import { toTokenSet } from './token-set.ts';
import type { Grant, TokenSet, TokenSourceEvent, TokenSourceOptions, TokenStore } from './types.ts';
import { defaultRefreshWindow } from './window.ts';

/** The options of `createTokenSource`, checked, with their defaults. */
export interface SourceConfig extends TokenClient {
  /** What the source needs of the grant besides the client's credentials (checked as the client's). */
  readonly grant: { readonly type: Grant['type']; readonly scope?: string };
  readonly tokens: TokenSet | undefined;
  /** `undefined`: the set lives in the source's memory only (nothing to load, lock or save). */
  readonly store: TokenStore | undefined;
  readonly refreshWindowMs: number | ((lifetimeMs: number) => number);
  readonly onEvent: ((event: TokenSourceEvent) => void) | undefined;
}

/** The store, checked: an object with `load` and `save` functions, and maybe `lock`. */
function checkStore(value: unknown): TokenStore {
  const { load, save, lock } = checkObject(value, 'options.store', 'a TokenStore');
  checkFunction(load, 'options.store.load', true);
  checkFunction(save, 'options.store.save', true);
  checkFunction(lock, 'options.store.lock');
  return value as TokenStore;
}

/**
 * Checks the options of `createTokenSource` once, at creation: wrong types and missing options
 * are `INVALID_OPTION`, naming the option and the fix (the calling code is wrong, not the
 * server). Unknown options are ignored, so that a preset such as `zendesk()` spreads in.
 */
export function checkOptions(options: TokenSourceOptions): SourceConfig {
  const { tokens, store, refreshWindowMs, onEvent, grant } = checkObject(
    options,
    'options',
    '{ tokenEndpoint, grant }',
  );
  const given = checkObject(grant, 'options.grant', '{ type, clientId, clientSecret }');
  const { type, scope } = given;
  if (type !== 'client_credentials' && type !== 'refresh_token') {
    misuse("options.grant.type must be 'client_credentials' or 'refresh_token'");
  }
  return {
    // The client's credentials are checked as every token client's: a secret is required for client_credentials.
    ...checkTokenClient(options, given, 'options.grant.', type === 'client_credentials'),
    grant: {
      type,
      ...(scope !== undefined && {
        scope: checkText(scope, 'options.grant.scope', 'space-separated scopes'),
      }),
    },
    tokens: tokens === undefined ? undefined : toTokenSet(tokens, 'options.tokens', misuse),
    store: store === undefined ? undefined : checkStore(store),
    refreshWindowMs:
      refreshWindowMs === undefined
        ? defaultRefreshWindow
        : typeof refreshWindowMs === 'function'
          ? (refreshWindowMs as (lifetimeMs: number) => number)
          : checkMs(refreshWindowMs, 'options.refreshWindowMs', 0),
    onEvent: checkFunction(onEvent as SourceConfig['onEvent'], 'options.onEvent'),
  };
}
