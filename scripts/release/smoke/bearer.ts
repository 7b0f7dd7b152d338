// @auth/bearer as a user installs it: a header built and parsed, a challenge read.
import { BearerError, bearerHeader, parseBearer, parseBearerChallenge } from '@auth/bearer';
import { type Checks, equal, throwsCode } from './assert.js';

export const checks: Checks = {
  'bearerHeader and parseBearer round-trip a token': () =>
    equal(parseBearer(bearerHeader('mF_9.B5f-4.1JqM')), 'mF_9.B5f-4.1JqM'),
  'parseBearerChallenge reads a 401': () =>
    equal(parseBearerChallenge('Bearer realm="example", error="invalid_token"'), {
      realm: 'example',
      error: 'invalid_token',
    }),
  'a CR LF in a token is a BearerError (header injection)': () =>
    throwsCode(() => bearerHeader('ab\r\ncd'), BearerError, 'CONTROL_CHARACTER'),
};
