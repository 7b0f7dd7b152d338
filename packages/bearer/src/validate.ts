import { type BearerErrorCode, fail } from './errors.ts';

/** A value as messages name it: its name, what to pass instead, the code when it is missing or empty. */
export type Field = readonly [name: string, what: string, code: BearerErrorCode];

/** How the whitespace messages name the usual characters; any other is `whitespace`. */
const WHITESPACE: Record<string, string> = {
  '\n': 'a newline',
  '\r': 'a newline',
  ' ': 'a space',
  '\t': 'a tab',
};

/**
 * Refuses `undefined` and `null` as missing (with the field's code, as an empty value gets),
 * anything else but a string, and a string over `max` characters, before reading it.
 */
export function checkString(value: unknown, field: Field, max: number): asserts value is string {
  const [name, what, code] = field;
  if (value == null) fail(code, `${name} is missing; pass ${what}`);
  if (typeof value !== 'string') fail('NOT_A_STRING', `${name} must be a string, got ${typeof value}`);
  if (value.length > max) fail('TOO_LONG', `${name} is ${value.length} characters, over the limit of ${max}`);
}

/** Refuses an empty value: `<field> is empty; pass <what>`. */
export function refuseEmpty([name, what, code]: Field): never {
  return fail(code, `${name} is empty; pass ${what}`);
}

/**
 * Refuses what `pattern` finds at either end (group 1 at the start, group 2 at the end): any
 * whitespace for a token, a CR or LF (the paste) for a header value, whose SP and HTAB are OWS.
 */
export function refuseWhitespace(value: string, name: string, pattern: RegExp): void {
  const found = pattern.exec(value);
  if (found) {
    const kind = WHITESPACE[(found[1] ?? found[2]) as string] ?? 'whitespace';
    fail('WHITESPACE', `${name} ${found[1] ? 'starts' : 'ends'} with ${kind}; trim it`);
  }
}

/** Refuses `value` if `pattern` finds a control character in it, naming the character and where. */
export function refuseControl(value: string, name: string, pattern: RegExp): void {
  const found = pattern.exec(value);
  if (found) {
    const hex = (found[0].charCodeAt(0) + 0x10000).toString(16).slice(1).toUpperCase();
    fail(
      'CONTROL_CHARACTER',
      `${name} holds a control character (U+${hex}) at index ${found.index}; remove it`,
    );
  }
}

/** RFC 9110 5.5: a CR or LF at either end of a header value, the pasted newline. */
export const NEWLINE_AT_AN_END: RegExp = /^([\r\n])|([\r\n])$/;

/**
 * RFC 9110 5.5: a field value holds no CTL but HTAB: C0 (%x00-08, %x0A-1F) and DEL (%x7F).
 * %x80-FF is `obs-text`, allowed in quoted strings.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL_IN_FIELD: RegExp = /[\0-\x08\n-\x1f\x7f]/;
