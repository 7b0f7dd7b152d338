// 5-browser-rule.mjs: Zendesk lets browsers call it cross-origin with OAuth access tokens,
// never with API tokens. A page calls assertCorsAllowedAuth before fetch, so an API token
// never leaves it; one sent anyway (here as a page on PAGE_URL would, with its Origin) gets
// a 403 from the API's createCorsPolicy, without the header that would let the page read it.
import { basicTokenHeader } from '@auth/basic-token';
import { assertCorsAllowedAuth } from '@auth/cors-policy';
import { assertHttpsUrl } from '@auth/tls-check';
import { settings } from './settings.mjs';

const { API_URL, PAGE_URL, API_EMAIL, API_TOKEN } = settings('API_URL', 'PAGE_URL', 'API_EMAIL', 'API_TOKEN');

const authorization = basicTokenHeader({ email: API_EMAIL, token: API_TOKEN });
try {
  assertCorsAllowedAuth(authorization);
} catch (error) {
  console.log(`${error.code}: ${error.message}`);
}

const response = await fetch(new URL('/api/v2/users/me.json', assertHttpsUrl(API_URL)), {
  headers: { authorization, origin: new URL(PAGE_URL).origin },
});
const grant = response.headers.get('access-control-allow-origin');
console.log(response.status, `access-control-allow-origin: ${grant}`, (await response.json()).error);
