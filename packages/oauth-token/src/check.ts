import { fail } from './errors.ts';

/** How a check refuses a value: it throws the error its caller chose, with `message`. */
export type Refuse = (message: string) => never;

/** The refusal of an option or an argument: the calling code is wrong. */
export const misuse: Refuse = (message) => fail('INVALID_OPTION', message);

/** `value`'s kind, as a message says it: `null`, `array`, or its `typeof`. */
export const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** RFC 9110 5.5: no control character in a field value: C0 (%x00-1F), DEL, C1 (%x80-9F). One class: linear. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\0-\x1f\x7f-\x9f]/;

/**
 * `value` as a string that is safe in a header or a form: present, a string, not empty, no
 * surrounding whitespace (the pasted newline), no control character. The messages are the
 * house phrasings (root README); they name `field`, never the value, which may be a secret.
 */
export function checkText(value: unknown, field: string, what: string, refuse: Refuse = misuse): string {
  if (value == null) refuse(`${field} is missing; pass ${what}`);
  if (typeof value !== 'string') refuse(`${field} must be a string, got ${kindOf(value)}`);
  if (value === '') refuse(`${field} is empty; pass ${what}`);
  if (/^\s|\s$/.test(value)) refuse(`${field} has whitespace at an end; trim it`);
  if (CONTROL.test(value)) refuse(`${field} holds a control character; remove it`);
  return value;
}

/** `value` when it is an object (not an array); else the refusal, naming `field` and `what` to pass. */
export function checkObject(
  value: unknown,
  field: string,
  what: string,
  refuse: Refuse = misuse,
): Record<string, unknown> {
  if (value == null) refuse(`${field} is missing; pass ${what}`);
  if (typeof value !== 'object' || Array.isArray(value))
    refuse(`${field} must be an object, got ${kindOf(value)}`);
  return value as Record<string, unknown>;
}

/** `value` when it is one of `choices` (or `undefined`: the first); else the misuse, naming them. */
export function checkChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (value === undefined) return choices[0] as T;
  if (!choices.includes(value as T)) misuse(`${field} must be '${choices.join("' or '")}'`);
  return value as T;
}

/** `value` when it is a function (or `undefined`, unless `required`); else the misuse. */
export function checkFunction<T>(value: T, field: string, required?: boolean): T {
  if (typeof value !== 'function' && (required || value !== undefined))
    misuse(`${field} must be a function, got ${kindOf(value)}`);
  return value;
}

/** `value` when it is a number of ms from `min` up to `max`; else the misuse. */
export function checkMs(value: unknown, field: string, min: number, max: number = Infinity): number {
  if (typeof value !== 'number' || !(value >= min && value <= max))
    misuse(`${field} must be a number of ms, ${min} or more${max < Infinity ? ` and at most ${max}` : ''}`);
  return value;
}
