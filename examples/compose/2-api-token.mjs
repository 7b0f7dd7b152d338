// 2-api-token.mjs: an API token, the old way (until 2027-04-30). Zendesk takes it in Basic
// auth as {email}/token:{api_token}; basicTokenHeader builds it and refuses the usual
// mistakes (an email already ending in /token, a token pasted with its newline) before
// they become a 401. redactBasic is what a log may show: who, never the token.
import { basicTokenHeader, redactBasic } from '@auth/basic-token';
import { assertHttpsUrl } from '@auth/tls-check';
import { settings } from './settings.mjs';

const { API_URL, API_EMAIL, API_TOKEN } = settings('API_URL', 'API_EMAIL', 'API_TOKEN');

const me = new URL('/api/v2/users/me.json', assertHttpsUrl(API_URL));
const authorization = basicTokenHeader({ email: API_EMAIL, token: API_TOKEN });
const response = await fetch(me, { headers: { authorization } });
console.log(response.status, JSON.stringify(await response.json()));
console.log(`sent ${redactBasic(authorization)}`);

try {
  basicTokenHeader({ email: API_EMAIL, token: `${API_TOKEN}\n` });
} catch (error) {
  console.log(`pasted with a newline: ${error.code}, ${error.message}`);
}
