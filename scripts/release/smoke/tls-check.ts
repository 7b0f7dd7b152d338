// @auth/tls-check as a user installs it (its node entry in Node, Deno and Bun, its web entry in
// browsers): versions normalised and compared, plain HTTP refused.
import { assertHttpsUrl, isTlsVersionAllowed, parseTlsVersion, TlsCheckError } from '@auth/tls-check';
import { type Checks, equal, throwsCode } from './assert.js';

export const checks: Checks = {
  'parseTlsVersion normalises a version': () => equal(parseTlsVersion('TLS 1.3'), 'TLSv1.3'),
  'TLS 1.1 is below the minimum': () => equal(isTlsVersionAllowed('TLSv1.1'), false),
  'assertHttpsUrl returns a URL and refuses http:': () => {
    equal(assertHttpsUrl('https://acme.zendesk.com').href, 'https://acme.zendesk.com/');
    throwsCode(() => assertHttpsUrl('http://acme.zendesk.com'), TlsCheckError, 'NOT_HTTPS');
  },
};
