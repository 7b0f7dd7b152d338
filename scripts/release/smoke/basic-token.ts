// @auth/basic-token as a user installs it: a header built, parsed back, and a pasted newline refused.
import { BasicTokenError, basicTokenHeader, parseBasicToken } from '@auth/basic-token';
import { type Checks, equal, throwsCode } from './assert.js';

const email = 'jdoe@example.com';
const token = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';

export const checks: Checks = {
  'basicTokenHeader builds {email}/token:{api_token} in base64': () =>
    equal(basicTokenHeader({ email, token }), `Basic ${btoa(`${email}/token:${token}`)}`),
  'parseBasicToken reads it back': () =>
    equal(parseBasicToken(`Basic ${btoa(`${email}/token:${token}`)}`), { kind: 'api-token', email, token }),
  'a pasted newline is a BasicTokenError': () =>
    throwsCode(() => basicTokenHeader({ email, token: `${token}\n` }), BasicTokenError, 'WHITESPACE'),
};
