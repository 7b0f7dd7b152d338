// 3-oauth.mjs: OAuth, the road off API tokens. Access tokens expire (30 minutes by default
// on Zendesk) and a refresh rotates the refresh token. A token source gets a token when
// one is needed, sends ONE token request however many calls are waiting, and answers a
// 401 with one refresh and one retry. Here with the client_credentials grant.
import { createTokenSource } from '@auth/oauth-token';
import { assertHttpsUrl } from '@auth/tls-check';
import { settings } from './settings.mjs';

const { API_URL, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET } = settings(
  'API_URL',
  'OAUTH_CLIENT_ID',
  'OAUTH_CLIENT_SECRET',
);

const api = assertHttpsUrl(API_URL);
let tokenRequests = 0;
const source = createTokenSource({
  tokenEndpoint: new URL('/oauth/tokens', api),
  grant: { type: 'client_credentials', clientId: OAUTH_CLIENT_ID, clientSecret: OAUTH_CLIENT_SECRET },
  onEvent: (event) => {
    if (event.type === 'refresh-start') tokenRequests++;
  },
});

const me = new URL('/api/v2/users/me.json', api);
const responses = await Promise.all([1, 2, 3].map(() => source.fetch(me)));
console.log(`3 calls: ${responses.map(({ status }) => status).join(' ')}, ${tokenRequests} token request`);
console.log(JSON.stringify(await responses[0].json()));
const minutes = Math.round((source.expiresAt - Date.now()) / 60_000);
console.log(`the access token expires in ${minutes} minutes; the source refreshes it ahead`);
