import { decodeBasic, MESSAGE } from './decode.ts';
import { type BasicTokenErrorCode, fail } from './errors.ts';
import type { DecodeBasicOptions, ParsedBasicToken } from './types.ts';

/** A decoded part that must not be empty (the encoders require it too), or `code`. */
function required(value: string, code: BasicTokenErrorCode): string {
  return value || fail(code, MESSAGE);
}

/**
 * Decodes an `Authorization: Basic ...` value the way Zendesk reads it: a user-id ending in
 * `/token` is an API token (`{ kind: 'api-token', email, token }`), any other is a legacy
 * password (`{ kind: 'password', email, password }`). Same grammar, limits and errors as
 * {@link decodeBasic}; a cheap call, fit for classifying every request.
 *
 * @throws {BasicTokenError} the codes of {@link decodeBasic}, and `EMPTY_EMAIL`, `EMPTY_TOKEN`,
 * `EMPTY_PASSWORD`, `EMAIL_ENDS_WITH_TOKEN`.
 *
 * @example
 * ```ts
 * parseBasicToken('Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2');
 * // => { kind: 'api-token', email: 'jdoe@example.com', token: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv' }
 * parseBasicToken('Basic amRvZUBleGFtcGxlLmNvbTpodW50ZXIy');
 * // => { kind: 'password', email: 'jdoe@example.com', password: 'hunter2' }
 * ```
 */
export function parseBasicToken(value: string, options?: DecodeBasicOptions): ParsedBasicToken {
  const { username, password } = decodeBasic(value, options);
  if (!username.endsWith('/token')) {
    return {
      kind: 'password',
      email: required(username, 'EMPTY_EMAIL'),
      password: required(password, 'EMPTY_PASSWORD'),
    };
  }
  const email = required(username.slice(0, -6), 'EMPTY_EMAIL');
  if (email.endsWith('/token')) fail('EMAIL_ENDS_WITH_TOKEN', MESSAGE);
  return { kind: 'api-token', email, token: required(password, 'EMPTY_TOKEN') };
}
