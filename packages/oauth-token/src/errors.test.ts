import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OAuthTokenError } from './index.ts';

describe('OAuthTokenError', () => {
  it('carries its code, name, package prefix, status and oauthError', () => {
    const error = new OAuthTokenError('INVALID_GRANT', 'the grant is spent; sign in again', {
      status: 400,
      oauthError: 'invalid_grant',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OAuthTokenError');
    expect(error.message).toBe('[@auth/oauth-token] the grant is spent; sign in again');
    expect(String(error)).toBe('OAuthTokenError: [@auth/oauth-token] the grant is spent; sign in again');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'OAuthTokenError',
      code: 'INVALID_GRANT',
      status: 400,
      oauthError: 'invalid_grant',
    });
  });

  it('leaves status and oauthError out when there were none, and keeps a cause', () => {
    const cause = new TypeError('fetch failed');
    const error = new OAuthTokenError('NETWORK_ERROR', 'x', { cause });
    expect(Object.keys(error)).toEqual(['name', 'code']);
    expect(error.cause).toBe(cause);
    expect('cause' in new OAuthTokenError('TIMEOUT', 'x')).toBe(false);
    expect(inspect(error)).toContain('NETWORK_ERROR');
  });
});
