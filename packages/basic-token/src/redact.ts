import { parseBasicToken } from './parse.ts';

// What could forge or reorder a log line if shown: controls (Unicode Cc: C0, DEL, C1; the
// decoder refuses them already), the line and paragraph separators U+2028 and U+2029, and the
// bidi controls (Unicode Bidi_Control: U+061C, U+200E-200F, U+202A-202E, U+2066-2069).
const UNSAFE_IN_LOG = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;

/**
 * An `Authorization: Basic ...` value made safe for logs: who, never the secret. API tokens
 * read `'Basic {email}/token:****'`, passwords `'Basic {email}:****'`. It never throws: a
 * value that does not parse (another scheme, bad base64, not a string) is `'Basic [unparseable]'`.
 * The user-id is shown as decoded, except that any character that could forge or reorder a log
 * line (a control, U+2028, U+2029, a bidi control such as U+202E) is shown as U+FFFD.
 *
 * @example
 * ```ts
 * redactBasic('Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2');
 * // => 'Basic jdoe@example.com/token:****'
 * redactBasic(encodeBasic('jdoe\u202e@example.com', 'hunter2')); // => 'Basic jdoe\ufffd@example.com:****'
 * redactBasic('Basic !!!'); // => 'Basic [unparseable]'
 * ```
 */
export function redactBasic(value: string | null | undefined): string {
  try {
    const parsed = parseBasicToken(value as string);
    const who = parsed.email.replace(UNSAFE_IN_LOG, '\ufffd');
    return `Basic ${who}${parsed.kind === 'api-token' ? '/token' : ''}:****`;
  } catch {
    return 'Basic [unparseable]';
  }
}
