import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { OAuthTokenError } from './errors.ts';
import { checkRedirectUri } from './redirect-uri.ts';

describe('checkRedirectUri', () => {
  it.each([
    'https://app.example/callback',
    'https://app.example:8443/cb?tenant=acme',
    'http://127.0.0.1/callback',
    'http://127.0.0.1:51234/callback',
    'http://[::1]:8080/callback',
  ])('accepts %s, as given (exact match with the registered one)', (uri) => {
    expect(checkRedirectUri(uri)).toBe(uri);
  });

  it('takes a URL as its href', () => {
    expect(checkRedirectUri(new URL('https://app.example/cb'))).toBe('https://app.example/cb');
  });

  it.each([
    [
      'http://app.example/callback',
      'options.redirectUri must be https:, or http://127.0.0.1 on this machine',
    ],
    // RFC 8252 8.3: `localhost` may resolve to another interface, or be taken by another app.
    [
      'http://localhost:8080/callback',
      'options.redirectUri must be https:, or http://127.0.0.1 on this machine',
    ],
    ['http://127.0.0.2/callback', 'options.redirectUri must be https:, or http://127.0.0.1 on this machine'],
    ['com.example.app:/callback', 'options.redirectUri must be https:, or http://127.0.0.1 on this machine'],
    ['javascript:alert(1)', 'options.redirectUri must be https:, or http://127.0.0.1 on this machine'],
    // RFC 6749 3.1.2: "The endpoint URI MUST NOT include a fragment component."
    ['https://app.example/callback#done', 'options.redirectUri has a fragment; remove it'],
    ['https://app.example/callback#', 'options.redirectUri has a fragment; remove it'],
    ['/callback', 'options.redirectUri must be an absolute URL'],
    [undefined, 'options.redirectUri is missing; pass the URL the user comes back to'],
    [42, 'options.redirectUri must be a string, got number'],
    ['https://app.example/callback\n', 'options.redirectUri has whitespace at an end; trim it'],
  ])('refuses %j', (uri, message) => {
    const error = expectThrows(() => checkRedirectUri(uri), OAuthTokenError, 'INVALID_OPTION');
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
  });
});
