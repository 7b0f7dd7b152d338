import { BearerError, type BearerErrorCode } from './errors.ts';
import { BEARER_MAX_LENGTH } from './limits.ts';

/** Throws a {@link BearerError}; an expression, so that `ok || fail(...)` reads as a rule. */
export function fail(code: BearerErrorCode, message: string): never {
  throw new BearerError(code, message);
}

/** A rule of {@link check}: a pattern that finds what is wrong, the code, what the message says. */
export type Rule = readonly [RegExp, BearerErrorCode, string];

/**
 * Refuses anything but a string of at most `max` characters (`BEARER_MAX_LENGTH` unless told),
 * then throws for the first rule whose pattern is found: `'<field> <text> (index <i>)'`. The
 * message gives the field and an index, never the value. Every pattern is linear (see each
 * one's comment).
 */
export function check(
  value: unknown,
  field: string,
  rules: readonly Rule[],
  max: number = BEARER_MAX_LENGTH,
): asserts value is string {
  if (typeof value !== 'string') fail('NOT_A_STRING', `${field} must be a string`);
  if (value.length > max) fail('TOO_LONG', `${field} is over ${max} characters`);
  for (const [pattern, code, text] of rules) {
    const i = value.search(pattern);
    if (i >= 0) fail(code, `${field} ${text} (index ${i})`);
  }
}

/**
 * What a header value (RFC 9110 5.5) or a token must not carry first: CR or LF at an end, the
 * pasted newline ("trim it"). Single characters and anchored alternatives: linear.
 */
export const NEWLINE_RULE: Rule = [/^[\r\n]|[\r\n]$/, 'WHITESPACE', 'starts or ends with a newline; trim it'];

/**
 * The rules of every header value: {@link NEWLINE_RULE}, then no control character but HTAB
 * (header injection): C0 (%x00-1F), DEL (%x7F) and C1 (%x80-9F), as `@auth/basic-token`
 * refuses them. A single negated class: linear.
 */
export const HEADER_RULES: readonly Rule[] = [
  NEWLINE_RULE,
  [/[^\t -~\xa0-\uffff]/, 'CONTROL_CHARACTER', 'has a control character; remove it'],
];
