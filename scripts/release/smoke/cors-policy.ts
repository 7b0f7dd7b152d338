// @auth/cors-policy as a user installs it, with its siblings from their own tarballs: an API
// token is refused cross-origin, a Bearer call goes through with the CORS headers.
import {
  assertCorsAllowedAuth,
  CorsPolicyError,
  classifyAuthorization,
  createCorsPolicy,
} from '@auth/cors-policy';
import { type Checks, equal, throwsCode } from './assert.js';

const origin = 'https://app.example.com';
const apiToken = `Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`;

export const checks: Checks = {
  'classifyAuthorization tells an API token from a Bearer token': () =>
    equal([classifyAuthorization(apiToken), classifyAuthorization('Bearer abc')], ['api-token', 'bearer']),
  'assertCorsAllowedAuth refuses an API token': () =>
    throwsCode(() => assertCorsAllowedAuth(apiToken), CorsPolicyError, 'AUTH_NOT_ALLOWED'),
  'policy.handle lets a Bearer call through and refuses an API token cross-origin': async () => {
    const policy = createCorsPolicy({ origins: [origin] });
    const call = (authorization: string) =>
      policy.handle(
        new Request('https://api.example.com/api/v2/users/me.json', { headers: { origin, authorization } }),
        () => new Response('{}'),
      );
    const bearer = await call('Bearer abc');
    const apiTokenCall = await call(apiToken);
    // A page cannot set Origin on a Request it builds (a forbidden header): there both calls
    // are same-origin, so both reach the handler and get no CORS headers.
    const crossOrigin = new Request('https://x.test', { headers: { origin } }).headers.has('origin');
    equal(
      [bearer.status, bearer.headers.get('access-control-allow-origin')],
      [200, crossOrigin ? origin : null],
    );
    equal(
      [apiTokenCall.status, apiTokenCall.headers.get('access-control-allow-origin')],
      [crossOrigin ? 403 : 200, null],
    );
  },
};
