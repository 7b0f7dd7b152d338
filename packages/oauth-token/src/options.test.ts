import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { CLIENT, TOKEN_ENDPOINT } from '../test/fake-zendesk.ts';
import { OAuthTokenError } from './errors.ts';
import { createTokenSource, memoryTokenStore, type TokenSourceOptions, zendesk } from './index.ts';
import { checkOptions } from './options.ts';
import { defaultRefreshWindow } from './window.ts';

const VALID: TokenSourceOptions = {
  tokenEndpoint: TOKEN_ENDPOINT,
  grant: { type: 'client_credentials', ...CLIENT },
};
const misuse = (options: unknown, message: string) => {
  const error = expectThrows(
    () => createTokenSource(options as TokenSourceOptions),
    OAuthTokenError,
    'INVALID_OPTION',
    {
      secrets: [CLIENT.clientSecret],
    },
  );
  expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
};

describe('createTokenSource options', () => {
  it('has defaults: form, body, 10 s, the default window, no store (the source keeps the set)', () => {
    const config = checkOptions(VALID);
    expect(config).toMatchObject({
      tokenEndpoint: TOKEN_ENDPOINT,
      clientId: 'demo_app',
      clientSecret: CLIENT.clientSecret,
      format: 'form',
      clientAuth: 'body',
      timeoutMs: 10_000,
      refreshWindowMs: defaultRefreshWindow,
      tokens: undefined,
      onEvent: undefined,
    });
    expect(config.store).toBeUndefined();
    expect(config.now).toBe(Date.now);
  });

  it('takes a URL object, a preset spread in, and every option', () => {
    const store = memoryTokenStore();
    const onEvent = () => {};
    const config = checkOptions({
      ...zendesk('acme'),
      tokenEndpoint: new URL(TOKEN_ENDPOINT),
      grant: { type: 'refresh_token', clientId: 'demo_app' },
      tokens: { accessToken: 'abc', tokenType: 'bearer', expiresAt: null, refreshToken: 'rt' },
      store,
      clientAuth: 'basic',
      refreshWindowMs: 60_000,
      timeoutMs: 5_000,
      onEvent,
    });
    expect(config).toMatchObject({
      format: 'json',
      clientAuth: 'basic',
      refreshWindowMs: 60_000,
      timeoutMs: 5_000,
      store,
      onEvent,
    });
    expect(config.clientSecret).toBeUndefined();
    expect(config.tokens?.refreshToken).toBe('rt');
  });

  it('calls a custom fetch unbound (a browser fetch refuses another this)', async () => {
    let self: unknown = 'unset';
    const config = checkOptions({
      ...VALID,
      fetch: function (this: unknown) {
        self = this;
        return Promise.resolve(new Response());
      },
    });
    await config.fetch('https://x.example/');
    expect(self).toBeUndefined();
  });

  it.each([
    [undefined, 'options is missing; pass { tokenEndpoint, grant }'],
    ['https://acme.zendesk.com/oauth/tokens', 'options must be an object, got string'],
    [{ grant: VALID.grant }, 'options.tokenEndpoint is missing; pass an https: URL'],
    [
      { ...VALID, tokenEndpoint: 'http://acme.zendesk.com/oauth/tokens' },
      'options.tokenEndpoint uses http:; use https: instead',
    ],
    [
      { ...VALID, tokenEndpoint: '/oauth/tokens' },
      'options.tokenEndpoint does not parse; pass an https: URL',
    ],
    [
      // fetch errors quote the URL, so a password in it would reach every log.
      { ...VALID, tokenEndpoint: 'https://jdoe:S3cretPassw0rd@acme.zendesk.com/oauth/tokens' },
      'options.tokenEndpoint holds a user name or password; remove it',
    ],
    [{ ...VALID, grant: undefined }, 'options.grant is missing; pass { type, clientId, clientSecret }'],
    [{ ...VALID, grant: 'client_credentials' }, 'options.grant must be an object, got string'],
    [
      { ...VALID, grant: { ...CLIENT, type: 'password' } },
      "options.grant.type must be 'client_credentials' or 'refresh_token'",
    ],
    [
      { ...VALID, grant: { type: 'client_credentials', clientSecret: 'x' } },
      'options.grant.clientId is missing; pass the client id',
    ],
    [
      { ...VALID, grant: { type: 'client_credentials', clientId: 'demo_app' } },
      'options.grant.clientSecret is missing; pass the client secret',
    ],
    [
      { ...VALID, grant: { ...VALID.grant, clientSecret: `${CLIENT.clientSecret}\n` } },
      'options.grant.clientSecret has whitespace at an end; trim it',
    ],
    [
      { ...VALID, grant: { type: 'refresh_token', clientId: 'demo_app', clientSecret: 7 } },
      'options.grant.clientSecret must be a string, got number',
    ],
    [
      { ...VALID, grant: { ...VALID.grant, scope: '' } },
      'options.grant.scope is empty; pass space-separated scopes',
    ],
    [{ ...VALID, tokens: 'abc' }, 'options.tokens must be an object, got string'],
    [{ ...VALID, tokens: { accessToken: 'a b' } }, 'options.tokens.accessToken must be an RFC 6750 b64token'],
    [{ ...VALID, store: {} }, 'options.store.load must be a function, got undefined'],
    [{ ...VALID, store: { load() {} } }, 'options.store.save must be a function, got undefined'],
    [{ ...VALID, store: null }, 'options.store is missing; pass a TokenStore'],
    [
      { ...VALID, store: { load() {}, save() {}, lock: true } },
      'options.store.lock must be a function, got boolean',
    ],
    [{ ...VALID, format: 'xml' }, "options.format must be 'form' or 'json'"],
    [{ ...VALID, clientAuth: 'post' }, "options.clientAuth must be 'body' or 'basic'"],
    [{ ...VALID, refreshWindowMs: -1 }, 'options.refreshWindowMs must be a number of ms, 0 or more'],
    [{ ...VALID, refreshWindowMs: '60s' }, 'options.refreshWindowMs must be a number of ms, 0 or more'],
    [
      { ...VALID, timeoutMs: 0 },
      'options.timeoutMs must be a number of ms, 1 or more and at most 2147483647',
    ],
    [
      { ...VALID, timeoutMs: 2 ** 31 },
      'options.timeoutMs must be a number of ms, 1 or more and at most 2147483647',
    ],
    [{ ...VALID, fetch: 'fetch' }, 'options.fetch must be a function, got string'],
    [{ ...VALID, now: Date.now() }, 'options.now must be a function, got number'],
    [{ ...VALID, onEvent: {} }, 'options.onEvent must be a function, got object'],
    [
      { ...VALID, clientAuth: 'basic', grant: { ...VALID.grant, clientSecret: 'x'.repeat(20_000) } },
      "options.clientAuth: the client id and secret are too long for 'basic'; use 'body'",
    ],
  ])('refuses %j as misuse, naming the option and the fix', (options, message) => misuse(options, message));

  it('ignores unknown options, so that a preset spreads in', () => {
    expect(() => createTokenSource({ ...VALID, retries: 5 } as TokenSourceOptions)).not.toThrow();
  });
});
