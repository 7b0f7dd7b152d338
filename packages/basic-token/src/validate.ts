import { type BasicTokenErrorCode, fail } from './errors.ts';

/** A field as messages name it: its name, what to pass instead, the code when it is missing or empty. */
export type Field = readonly [name: string, what: string, code: BasicTokenErrorCode];

export const EMAIL: Field = ['email', 'the email address', 'EMPTY_EMAIL'];
export const TOKEN: Field = ['token', 'the API token', 'EMPTY_TOKEN'];
export const PASSWORD: Field = ['password', 'the password', 'EMPTY_PASSWORD'];
export const USERNAME: Field = ['username', 'the user-id', 'EMPTY_USERNAME'];

/**
 * RFC 5234 B.1: CTL = %x00-1F / %x7F, and the C1 controls U+0080-009F: RFC 7617 section 2 says
 * the user-id and password MUST NOT contain any. For the encoders and the decoder.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL: RegExp = /[\0-\x1f\x7f-\x9f]/;

/** Whitespace at the start (group 1) or the end (group 2): what String.prototype.trim removes. */
const SURROUNDING_WHITESPACE = /^(\s)|(\s)$/;

/** How the whitespace messages name the usual characters; any other is `whitespace`. */
const WHITESPACE: Record<string, string> = {
  '\n': 'a newline',
  '\r': 'a newline',
  ' ': 'a space',
  '\t': 'a tab',
};

/** Refuses a value with nothing in it: `<field> is missing; pass <what>` (or `is empty`), with the field's code. */
export function refuseAbsent([name, what, code]: Field, state: 'missing' | 'empty'): never {
  return fail(code, `${name} is ${state}; pass ${what}`);
}

/** Refuses `undefined` and `null` (the unset environment variable) as missing, and anything but a string. */
export function checkString(value: unknown, field: Field): asserts value is string {
  if (value == null) refuseAbsent(field, 'missing');
  if (typeof value !== 'string') fail('NOT_A_STRING', `${field[0]} must be a string, got ${typeof value}`);
}

/** Refuses `value` if `pattern` finds a control character in it, naming the character and where. */
export function refuseControl(value: string, name: string, pattern: RegExp = CONTROL): void {
  const found = pattern.exec(value);
  if (found) {
    const hex = (found[0].charCodeAt(0) + 0x10000).toString(16).slice(1).toUpperCase();
    fail(
      'CONTROL_CHARACTER',
      `${name} holds a control character (U+${hex}) at index ${found.index}; remove it`,
    );
  }
}

/**
 * Checks a field the encoders take, in the order a person fixes them: missing, not a string,
 * empty (unless `emptyAllowed`), whitespace at either end (the pasted newline), a control
 * character, a lone surrogate (RFC 3629 section 3: UTF-8 cannot encode one).
 */
export function checkText(value: unknown, field: Field, emptyAllowed?: boolean): asserts value is string {
  checkString(value, field);
  const name = field[0];
  if (!value && !emptyAllowed) refuseAbsent(field, 'empty');
  const space = SURROUNDING_WHITESPACE.exec(value);
  if (space) {
    const kind = WHITESPACE[(space[1] ?? space[2]) as string] ?? 'whitespace';
    fail('WHITESPACE', `${name} ${space[1] ? 'starts' : 'ends'} with ${kind}; trim it`);
  }
  refuseControl(value, name);
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) {
    fail('INVALID_UNICODE', `${name} holds a lone surrogate; remove it`);
  }
}

/** {@link checkText} for a user-id, which must not hold the `:` that ends it (RFC 7617 section 2). */
export function checkUser(value: unknown, field: Field, emptyAllowed?: boolean): asserts value is string {
  checkText(value, field, emptyAllowed);
  if (value.includes(':')) fail('COLON_IN_USERNAME', `${field[0]} holds a colon; remove it`);
}

/** {@link checkUser} for a Zendesk email, which must not end in `/token` already. */
export function checkEmail(email: unknown): asserts email is string {
  checkUser(email, EMAIL);
  if (email.endsWith('/token')) refuseDoubleToken();
}

/** The email of API token credentials already ends in `/token` (it would become `/token/token`). */
export function refuseDoubleToken(): never {
  return fail('EMAIL_ENDS_WITH_TOKEN', 'email ends in /token; drop it');
}
