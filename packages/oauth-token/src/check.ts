import { fail, type OAuthTokenErrorCode } from './errors.ts';

/** `value`'s kind, as a message says it: `null`, `array`, or its `typeof`. */
export const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** RFC 9110 5.5: no control character in a field value: C0 (%x00-1F), DEL, C1 (%x80-9F). One class: linear. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\0-\x1f\x7f-\x9f]/;

const SPACES: Record<string, string> = {
  '\n': 'a newline',
  '\r': 'a newline',
  ' ': 'a space',
  '\t': 'a tab',
};

/**
 * `value` as a string that is safe in a header or a form: present, a string, not empty, no
 * surrounding whitespace (the pasted newline), no control character. The messages are the
 * house phrasings (root README); they name `field`, never the value, which may be a secret.
 */
export function checkText(
  value: unknown,
  field: string,
  what: string,
  code: OAuthTokenErrorCode = 'INVALID_OPTION',
): string {
  if (value == null) fail(code, `${field} is missing; pass ${what}`);
  if (typeof value !== 'string') fail(code, `${field} must be a string, got ${kindOf(value)}`);
  if (value === '') fail(code, `${field} is empty; pass ${what}`);
  const spaced = (char: string) => SPACES[char] ?? 'whitespace';
  if (/^\s/.test(value)) fail(code, `${field} starts with ${spaced(value[0] as string)}; trim it`);
  if (/\s$/.test(value)) fail(code, `${field} ends with ${spaced(value.at(-1) as string)}; trim it`);
  const index = value.search(CONTROL);
  if (index >= 0) {
    const unicode = (value.charCodeAt(index) + 0x10000).toString(16).slice(1).toUpperCase();
    fail(code, `${field} holds a control character (U+${unicode}) at index ${index}; remove it`);
  }
  return value;
}

/** `value` when it is one of `choices` (or `undefined`: the first); else the misuse, naming them. */
export function checkChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (value === undefined) return choices[0] as T;
  if (!choices.includes(value as T)) {
    fail('INVALID_OPTION', `${field} must be ${choices.map((choice) => `'${choice}'`).join(' or ')}`);
  }
  return value as T;
}

/** `value` when it is a function (or `undefined`); else the misuse. */
export function checkFunction<T>(value: T, field: string): T {
  if (value !== undefined && typeof value !== 'function') {
    fail('INVALID_OPTION', `${field} must be a function, got ${kindOf(value)}`);
  }
  return value;
}

/** `value` when it is a number of ms from `min` (0 or 1) up; else the misuse. */
export function checkMs(value: unknown, field: string, min: number, max: number = Infinity): number {
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    fail(
      'INVALID_OPTION',
      `${field} must be a number of milliseconds, ${min} or more, got ${typeof value === 'number' ? value : kindOf(value)}`,
    );
  }
  return value;
}
