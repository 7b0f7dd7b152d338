import { type BasicTokenErrorCode, fail } from './errors.ts';

// The fast paths, in RFC 5234 B.1 terms: VCHAR = %x21-7E ("!"-"~"), SP = %x20, ":" = %x3A.
// A user-id that is printable ASCII, not empty, without a colon or a space at either end;
// a secret the same, colons allowed. Linear: anchored, the star gives back one character.
export const ASCII_USER: RegExp = /^[!-9;-~](?:[ -9;-~]*[!-9;-~])?$/;
export const ASCII_SECRET: RegExp = /^[!-~](?:[ -~]*[!-~])?$/;

/**
 * RFC 5234 B.1: CTL = %x00-1F / %x7F, and the C1 controls U+0080-009F: RFC 7617 section 2 says
 * the user-id and password MUST NOT contain any. For the encoders and the decoder.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL: RegExp = /[\0-\x1f\x7f-\x9f]/;

/**
 * Checks one field the encoders take, in the order a person would fix them. Without `empty`,
 * `''` is allowed (a password may be empty in generic Basic auth).
 */
export function checkField(value: unknown, field: string, empty?: BasicTokenErrorCode): void {
  if (!value && empty) fail(empty, `${field} is empty; it is required`);
  if (typeof value !== 'string') fail('NOT_A_STRING', `${field} must be a string`);
  // The pasted newline first: whitespace at either end, as String.prototype.trim sees it.
  if (value.trim() !== value) {
    const where = value.endsWith('\n') ? 'ends with a newline' : 'starts or ends with whitespace';
    fail('WHITESPACE', `${field} ${where}; trim it`);
  }
  if (CONTROL.test(value))
    fail('CONTROL_CHARACTER', `${field} has a control character (CR, LF...); remove it`);
  // RFC 3629 section 3: UTF-8 cannot encode a lone UTF-16 surrogate (ES2024 isWellFormed).
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) {
    fail('INVALID_UNICODE', `${field} has a lone surrogate, not Unicode; fix it`);
  }
}

/** {@link checkField} for a user-id, which must not hold the `:` that ends it (RFC 7617 section 2). */
export function checkUser(value: unknown, field: string, empty: BasicTokenErrorCode): void {
  checkField(value, field, empty);
  if ((value as string).includes(':')) fail('COLON_IN_USERNAME', `${field} has a colon; remove it`);
}

/** {@link checkUser} for a Zendesk email, which must not end in `/token` already. */
export function checkEmail(email: unknown): void {
  checkUser(email, 'email', 'EMPTY_EMAIL');
  if ((email as string).endsWith('/token')) fail('EMAIL_ENDS_WITH_TOKEN', 'email ends in /token; drop it');
}
