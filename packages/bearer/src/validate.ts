import type { BearerErrorCode } from './errors.ts';

/**
 * Why a header value cannot be read, before its grammar is, as the code of the error that
 * refuses it: missing (`missing`, the code of the function that reads it), not a string, over
 * `max` characters, a CR or LF at an end (the pasted newline: SP and HTAB there are OWS, RFC 9110
 * 5.6.3), a control character (RFC 9110 5.5: no CTL but HTAB). `undefined` when none is wrong.
 */
export function headerProblem(
  value: unknown,
  max: number,
  missing: BearerErrorCode,
): BearerErrorCode | undefined {
  if (value == null) return missing;
  if (typeof value !== 'string') return 'NOT_A_STRING';
  if (value.length > max) return 'TOO_LONG';
  if (/^[\r\n]|[\r\n]$/.test(value)) return 'WHITESPACE';
  if (CONTROL.test(value)) return 'CONTROL_CHARACTER';
}

/**
 * RFC 9110 5.5: a field value holds no CTL but HTAB: C0 (%x00-08, %x0A-1F) and DEL (%x7F).
 * %x80-FF is `obs-text` (a C1 control in a token is refused as a token's).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\0-\x08\n-\x1f\x7f]/;
