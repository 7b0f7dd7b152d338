import { encodeBasic } from './encode.ts';
import type { BasicPasswordInput } from './types.ts';
import { checkEmail, checkField } from './validate.ts';

/**
 * The legacy `Authorization` value `'Basic ' + base64(utf8('{email}:{password}'))`.
 *
 * @deprecated Zendesk has switched password access to the API off: use an API token with
 * {@link basicTokenHeader} for now, and plan for OAuth with `@auth/bearer`, since API tokens
 * themselves stop working on 2027-04-30 (no new ones since 2026-10-27).
 *
 * @throws {BasicTokenError} `EMPTY_EMAIL`, `EMPTY_PASSWORD`, `NOT_A_STRING`, `WHITESPACE`,
 * `CONTROL_CHARACTER`, `INVALID_UNICODE`, `COLON_IN_USERNAME`, `EMAIL_ENDS_WITH_TOKEN`, `TOO_LONG`.
 *
 * @example
 * ```ts
 * basicPasswordHeader({ email: 'jdoe@example.com', password: 'hunter2' });
 * // => 'Basic amRvZUBleGFtcGxlLmNvbTpodW50ZXIy'
 * ```
 */
export function basicPasswordHeader(input: BasicPasswordInput): string {
  const { email, password } = (input ?? {}) as Partial<BasicPasswordInput>;
  checkEmail(email);
  checkField(password, 'password', 'EMPTY_PASSWORD');
  return encodeBasic(email as string, password as string);
}
