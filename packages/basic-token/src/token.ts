import { MAX_USER_PASS_BYTES, utf8Header } from './encode.ts';
import type { BasicTokenInput } from './types.ts';
import { ASCII_SECRET, ASCII_USER, checkEmail, checkField } from './validate.ts';

/**
 * The API token credentials `{email}/token:{api_token}`, as `curl -u` takes them.
 *
 * @throws {BasicTokenError} `EMPTY_EMAIL`, `EMPTY_TOKEN`, `NOT_A_STRING`, `WHITESPACE`,
 * `CONTROL_CHARACTER`, `INVALID_UNICODE`, `COLON_IN_USERNAME`, `EMAIL_ENDS_WITH_TOKEN`.
 *
 * @example
 * ```ts
 * basicTokenCredentials({ email: 'jdoe@example.com', token: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv' });
 * // => 'jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv'
 * // curl -u "jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv" https://example.zendesk.com/api/v2/users/me.json
 * ```
 */
export function basicTokenCredentials(input: BasicTokenInput): string {
  const { email, token } = (input ?? {}) as Partial<BasicTokenInput>;
  checkEmail(email);
  checkField(token, 'token', 'EMPTY_TOKEN');
  return `${email}/token:${token}`;
}

/**
 * The `Authorization` value for an API token: `'Basic ' + base64(utf8('{email}/token:{token}'))`.
 * Printable ASCII credentials take one regular-expression check each and go straight to `btoa`;
 * others get every check, then UTF-8 (RFC 7617 section 2.1).
 *
 * @throws {BasicTokenError} the codes of {@link basicTokenCredentials}, and `TOO_LONG`.
 *
 * @example
 * ```ts
 * basicTokenHeader({ email: 'jdoe@example.com', token: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv' });
 * // => 'Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2'
 * ```
 */
export function basicTokenHeader(input: BasicTokenInput): string {
  const { email, token } = (input ?? {}) as Partial<BasicTokenInput>;
  const asciiEmail = typeof email === 'string' && ASCII_USER.test(email);
  const asciiToken = typeof token === 'string' && ASCII_SECRET.test(token);
  if (
    asciiEmail &&
    asciiToken &&
    !email.endsWith('/token') &&
    email.length + token.length <= MAX_USER_PASS_BYTES - 7
  ) {
    return `Basic ${btoa(`${email}/token:${token}`)}`;
  }
  // The slow path: the full checks of whatever the fast one did not clear, then UTF-8.
  if (!asciiEmail || email.endsWith('/token')) checkEmail(email);
  if (!asciiToken) checkField(token, 'token', 'EMPTY_TOKEN');
  return utf8Header(`${email}/token:${token}`);
}

/**
 * The credentials as the userinfo of a `https://USERINFO@host/` URL: each part percent-encoded
 * (RFC 3986 section 3.2.1), so `@` becomes `%40` and the slash of `/token` becomes `%2F`.
 * For curl and clients configured by URL: `fetch()` refuses URLs that carry credentials, so in
 * `fetch` send {@link basicTokenHeader} instead.
 *
 * @throws {BasicTokenError} the codes of {@link basicTokenCredentials}.
 *
 * @example
 * ```ts
 * basicTokenUserinfo({ email: 'jdoe@example.com', token: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv' });
 * // => 'jdoe%40example.com%2Ftoken:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv'
 * ```
 */
export function basicTokenUserinfo(input: BasicTokenInput): string {
  // One read of the input, by basicTokenCredentials. Its first colon is the separator (the
  // email has none), so the first %3A that encodeURIComponent writes is that colon.
  return encodeURIComponent(basicTokenCredentials(input)).replace('%3A', ':');
}
