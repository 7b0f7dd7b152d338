import { basicHeader } from './encode.ts';
import type { BasicPasswordInput } from './types.ts';
import { checkEmail, checkText, PASSWORD, printable } from './validate.ts';

/**
 * The legacy `Authorization` value `'Basic ' + base64(utf8('{email}:{password}'))`.
 *
 * @deprecated Zendesk stopped accepting passwords for API requests on 2025-12-31. API tokens
 * are retiring too: since 2026-07-28 a token unused for 30 days is deactivated, none can be
 * created since 2026-10-27, and all stop working on 2027-04-30. Use OAuth access tokens with
 * `@auth/bearer` (and {@link basicTokenHeader} only until then).
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
  checkText(password, PASSWORD);
  return basicHeader(`${email}:${password}`, printable(email) && printable(password));
}
