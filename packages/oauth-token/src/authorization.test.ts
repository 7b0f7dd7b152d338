/// <reference types="node" />
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectRejects } from '../../../config/expect-error.ts';
import { AUTHORIZATION_ENDPOINT, PUBLIC_CLIENT, REDIRECT_URI } from '../test/fake-authorization.ts';
import { createAuthorizationRequest } from './authorization.ts';
import { OAuthTokenError } from './errors.ts';
import { zendesk } from './zendesk.ts';

const options = {
  authorizationEndpoint: AUTHORIZATION_ENDPOINT,
  clientId: PUBLIC_CLIENT,
  redirectUri: REDIRECT_URI,
};

describe('createAuthorizationRequest', () => {
  it('builds the URL Zendesk documents, with S256 of the verifier it returns', async () => {
    const { url, state, codeVerifier } = await createAuthorizationRequest({
      ...options,
      scope: 'read write',
    });
    expect(url.origin + url.pathname).toBe(AUTHORIZATION_ENDPOINT);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: PUBLIC_CLIENT,
      redirect_uri: REDIRECT_URI,
      scope: 'read write',
      state,
      code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    expect(state).toMatch(/^[\w-]{43}$/);
    expect(codeVerifier).toMatch(/^[\w-]{43}$/);
  });

  it('gives a fresh state and verifier at every call, never equal to each other', async () => {
    const requests = await Promise.all(Array.from({ length: 50 }, () => createAuthorizationRequest(options)));
    const values = new Set(requests.flatMap(({ state, codeVerifier }) => [state, codeVerifier]));
    expect(values.size).toBe(100);
  });

  it('spreads zendesk() in, and leaves out scope when none is given', async () => {
    const { url } = await createAuthorizationRequest({
      ...zendesk('acme'),
      clientId: 'x',
      redirectUri: REDIRECT_URI,
    });
    expect(url.href.startsWith('https://acme.zendesk.com/oauth/authorizations/new?response_type=code&')).toBe(
      true,
    );
    expect(url.searchParams.has('scope')).toBe(false);
  });

  it('keeps the endpoint query (RFC 6749 3.1) and adds params, without changing a URL it was given', async () => {
    const endpoint = new URL('https://idp.example/authorize?tenant=acme');
    const { url } = await createAuthorizationRequest({
      ...options,
      authorizationEndpoint: endpoint,
      params: { prompt: 'login', login_hint: 'jdoe@example.com' },
    });
    expect(url.searchParams.get('tenant')).toBe('acme');
    expect(url.searchParams.get('prompt')).toBe('login');
    expect(url.searchParams.get('login_hint')).toBe('jdoe@example.com');
    expect(endpoint.href).toBe('https://idp.example/authorize?tenant=acme');
  });

  it('an endpoint query cannot weaken the request: the rules win', async () => {
    const { url } = await createAuthorizationRequest({
      ...options,
      authorizationEndpoint: `${AUTHORIZATION_ENDPOINT}?code_challenge_method=plain&response_type=token`,
    });
    expect(url.searchParams.getAll('code_challenge_method')).toEqual(['S256']);
    expect(url.searchParams.getAll('response_type')).toEqual(['code']);
  });

  it.each([
    [{ authorizationEndpoint: undefined }, 'options.authorizationEndpoint is missing; pass an https: URL'],
    [
      { authorizationEndpoint: 'http://acme.zendesk.com/oauth/authorizations/new' },
      'options.authorizationEndpoint uses http:',
    ],
    [
      { authorizationEndpoint: 'https://jdoe:S3cretPassw0rd@acme.zendesk.com/oauth/authorizations/new' },
      'options.authorizationEndpoint holds a user name or password; remove it',
    ],
    [{ clientId: undefined }, 'options.clientId is missing; pass the client id'],
    [{ clientId: 'demo\n' }, 'options.clientId has whitespace at an end; trim it'],
    [
      { redirectUri: 'http://localhost:8080/callback' },
      'options.redirectUri must be https:, or http://127.0.0.1 on this machine',
    ],
    [{ scope: '' }, 'options.scope is empty; pass space-separated scopes'],
    [{ params: 'prompt=login' }, 'options.params must be an object, got string'],
    [
      { params: { code_challenge_method: 'plain' } },
      'options.params.code_challenge_method is set by this function; remove it',
    ],
    [{ params: { state: 'mine' } }, 'options.params.state is set by this function; remove it'],
    [{ params: { prompt: 1 } }, 'options.params.prompt must be a string, got number'],
  ])('refuses %j: INVALID_OPTION, naming the option and the fix', async (change, words) => {
    await expectRejects(
      createAuthorizationRequest({ ...options, ...change } as never),
      OAuthTokenError,
      'INVALID_OPTION',
      {
        words: [words],
      },
    );
  });

  it('refuses no options at all, naming the first one missing', async () => {
    await expectRejects(createAuthorizationRequest(undefined as never), OAuthTokenError, 'INVALID_OPTION', {
      words: ['options.authorizationEndpoint is missing'],
    });
  });
});
