import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { createTokenSource, OAuthTokenError, zendesk } from './index.ts';

describe('zendesk', () => {
  it('gives the token and authorization endpoints of a subdomain, JSON, credentials in the body', () => {
    expect(zendesk('Acme-Support2')).toEqual({
      tokenEndpoint: 'https://acme-support2.zendesk.com/oauth/tokens',
      authorizationEndpoint: 'https://acme-support2.zendesk.com/oauth/authorizations/new',
      format: 'json',
      clientAuth: 'body',
    });
  });

  it('spreads into createTokenSource, which then posts JSON to that endpoint', async () => {
    const sent: Request[] = [];
    const source = createTokenSource({
      ...zendesk('acme'),
      grant: {
        type: 'client_credentials',
        clientId: 'demo_app',
        clientSecret: 'demo-app-secret-0b2f9c4e7a1d',
      },
      fetch: async (input, init) => {
        sent.push(new Request(input, init));
        return Response.json({
          access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
          token_type: 'bearer',
          expires_in: 1800,
        });
      },
    });
    await source.token();
    expect(sent[0]?.url).toBe('https://acme.zendesk.com/oauth/tokens');
    expect(sent[0]?.headers.get('content-type')).toBe('application/json');
    expect(await sent[0]?.json()).toEqual({
      grant_type: 'client_credentials',
      client_id: 'demo_app',
      client_secret: 'demo-app-secret-0b2f9c4e7a1d',
    });
  });

  it.each([
    ['acme.zendesk.com', "subdomain must be the part before .zendesk.com, such as 'acme'"],
    ['https://acme.zendesk.com', "subdomain must be the part before .zendesk.com, such as 'acme'"],
    ['-acme', "subdomain must be the part before .zendesk.com, such as 'acme'"],
    ['a'.repeat(64), "subdomain must be the part before .zendesk.com, such as 'acme'"],
    // One fix serves every way a subdomain can be wrong: one message.
    ['', "subdomain must be the part before .zendesk.com, such as 'acme'"],
    [undefined, "subdomain must be the part before .zendesk.com, such as 'acme'"],
    ['acme\n', "subdomain must be the part before .zendesk.com, such as 'acme'"],
  ])('refuses %j', (subdomain, message) => {
    const error = expectThrows(() => zendesk(subdomain as string), OAuthTokenError, 'INVALID_OPTION');
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
  });
});
