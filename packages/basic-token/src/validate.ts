import { type BasicTokenErrorCode, fail } from './errors.ts';

/**
 * A field as messages name it: its name, the code when it is missing or empty, what it must be
 * (the message that refuses it is `<name> must be <rule>`; the code says what is wrong), and
 * whether it is a user-id, which must not hold the `:` that ends it (RFC 7617 section 2).
 */
export type Field = readonly [name: string, missing: BasicTokenErrorCode, rule: string, userId?: boolean];

export const EMAIL: Field = ['email', 'EMPTY_EMAIL', 'an address, trimmed, without ":" or "/token"', true];
export const TOKEN: Field = ['token', 'EMPTY_TOKEN', 'the API token, trimmed'];
export const PASSWORD: Field = ['password', 'EMPTY_PASSWORD', 'the password, trimmed'];
export const USERNAME: Field = ['username', 'EMPTY_USERNAME', 'the user-id, trimmed, without ":"', true];

/**
 * RFC 5234 B.1: CTL = %x00-1F / %x7F, and the C1 controls U+0080-009F: RFC 7617 section 2 says
 * the user-id and password MUST NOT contain any. For the encoders and the decoder.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL: RegExp = /[\0-\x1f\x7f-\x9f]/;

/** RFC 5234 B.1: printable ASCII (%x20-7E), which is its own UTF-8 and holds no control character. */
export const PRINTABLE_ASCII: RegExp = /^[ -~]*$/;

/** Whether `text` is printable ASCII (so `btoa` takes it as its own UTF-8). */
export const printable = (text: string): boolean => PRINTABLE_ASCII.test(text);

/**
 * Refuses `field` with `code`: `<name> must be <rule>`, or `<name> is missing; pass <rule>` when
 * it is `undefined`, `null` or `''` (an environment variable not set, most often).
 */
export function refuse([name, missing, rule]: Field, code: BasicTokenErrorCode): never {
  return fail(code, `${name} ${code === missing ? 'is missing; pass' : 'must be'} ${rule}`);
}

/** What is wrong with a field the encoders take, in the order a person fixes them, or `undefined`. */
function problem(value: unknown, [, missing, , userId]: Field, emptyAllowed?: boolean) {
  if (value == null || (value === '' && !emptyAllowed)) return missing;
  if (typeof value !== 'string') return 'NOT_A_STRING';
  // The usual value, printable ASCII with no space at an end, has none of the next three
  // problems: one test instead of three (the header of every request is built here).
  if (!/^[!-~](?:[ -~]*[!-~])?$/.test(value)) {
    if (/^\s|\s$/.test(value)) return 'WHITESPACE'; // the pasted newline
    if (CONTROL.test(value)) return 'CONTROL_CHARACTER';
    // RFC 3629 section 3: UTF-8 cannot encode a lone surrogate.
    if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return 'INVALID_UNICODE';
  }
  if (userId && value.includes(':')) return 'COLON_IN_USERNAME';
}

/** Refuses a field that is missing, empty (unless `emptyAllowed`), not a string, untrimmed, or not text. */
export function checkText(value: unknown, field: Field, emptyAllowed?: boolean): asserts value is string {
  const code = problem(value, field, emptyAllowed);
  if (code) refuse(field, code);
}

/** {@link checkText} for a Zendesk email, which must not end in `/token` already (`/token/token`). */
export function checkEmail(email: unknown): asserts email is string {
  checkText(email, EMAIL);
  if (email.endsWith('/token')) refuse(EMAIL, 'EMAIL_ENDS_WITH_TOKEN');
}
