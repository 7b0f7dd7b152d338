// quick-start.mjs: an API token today, an OAuth access token from now on. Steps 1 to 5 of
// examples/README.md show each package in more depth.
import { basicTokenHeader } from '@auth/basic-token';
import { createTokenSource } from '@auth/oauth-token';
import { assertHttpsUrl } from '@auth/tls-check';
import { settings } from './settings.mjs';

const { API_URL, API_EMAIL, API_TOKEN, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET } = settings(
  'API_URL',
  'API_EMAIL',
  'API_TOKEN',
  'OAUTH_CLIENT_ID',
  'OAUTH_CLIENT_SECRET',
);
const api = assertHttpsUrl(API_URL); // http: is refused, with the fix
const me = new URL('/api/v2/users/me.json', api);

// Today: an API token, until 2027-04-30 (a pasted newline or `/token/token` is refused early).
const authorization = basicTokenHeader({ email: API_EMAIL, token: API_TOKEN });
const withApiToken = await fetch(me, { headers: { authorization } });
console.log('API token:', withApiToken.status, (await withApiToken.json()).user.authenticated_by);

// The road ahead: OAuth access tokens, requested and refreshed by a token source.
const source = createTokenSource({
  tokenEndpoint: new URL('/oauth/tokens', api),
  grant: { type: 'client_credentials', clientId: OAUTH_CLIENT_ID, clientSecret: OAUTH_CLIENT_SECRET },
});
const withOAuth = await source.fetch(me);
console.log('OAuth:', withOAuth.status, (await withOAuth.json()).user.authenticated_by);
