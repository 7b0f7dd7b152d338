import { basicHeader } from './encode.ts';
import type { BasicTokenInput } from './types.ts';
import { checkEmail, checkText, printable, TOKEN } from './validate.ts';

/** The checked email and token of `input`, each read once (a getter cannot change what is sent). */
function tokenFields(input: BasicTokenInput): [email: string, token: string] {
  const { email, token } = (input ?? {}) as Partial<BasicTokenInput>;
  checkEmail(email);
  checkText(token, TOKEN);
  return [email, token];
}

/**
 * The API token credentials `{email}/token:{api_token}`, as `curl -u` takes them. Each field is
 * read once, so what is checked is what is sent.
 *
 * @throws {BasicTokenError} `EMPTY_EMAIL`, `EMPTY_TOKEN` (missing or `''`), `NOT_A_STRING`,
 * `WHITESPACE`, `CONTROL_CHARACTER`, `INVALID_UNICODE`, `COLON_IN_USERNAME`, `EMAIL_ENDS_WITH_TOKEN`.
 *
 * @example
 * ```ts
 * basicTokenCredentials({ email: 'jdoe@example.com', token: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv' });
 * // => 'jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv'
 * // curl -u "jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv" https://example.zendesk.com/api/v2/users/me.json
 * ```
 */
export function basicTokenCredentials(input: BasicTokenInput): string {
  const [email, token] = tokenFields(input);
  return `${email}/token:${token}`;
}

/**
 * The `Authorization` value for an API token: `'Basic ' + base64(utf8('{email}/token:{token}'))`
 * (RFC 7617 section 2.1).
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
  const [email, token] = tokenFields(input);
  return basicHeader(`${email}/token:${token}`, printable(email) && printable(token));
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
  // The email holds no colon, so the first %3A that encodeURIComponent writes is the separator.
  return encodeURIComponent(basicTokenCredentials(input)).replace('%3A', ':');
}
