// 1-https-only.mjs: the API is SSL-only, and a token sent over http: is a token leaked.
// assertHttpsUrl turns the setting into a URL, or refuses it with the fix.
import { assertHttpsUrl } from '@auth/tls-check';
import { settings } from './settings.mjs';

const { API_URL } = settings('API_URL');

const api = assertHttpsUrl(API_URL);
console.log(`API: ${api.origin}`);

const plain = new URL(api);
plain.protocol = 'http:';
try {
  assertHttpsUrl(plain);
} catch (error) {
  console.log(`${plain.origin} refused: ${error.code}, ${error.message}`);
}
