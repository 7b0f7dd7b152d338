import { parseBasicToken } from './parse.ts';

/**
 * An `Authorization: Basic ...` value made safe for logs: who, never the secret. API tokens
 * read `'Basic {email}/token:****'`, passwords `'Basic {email}:****'`. It never throws: a
 * value that does not parse (another scheme, bad base64, not a string) is `'Basic [unparseable]'`.
 * The user-id is shown as decoded; control characters never reach the log (they do not parse).
 *
 * @example
 * ```ts
 * redactBasic('Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2');
 * // => 'Basic jdoe@example.com/token:****'
 * redactBasic('Basic !!!'); // => 'Basic [unparseable]'
 * ```
 */
export function redactBasic(value: string | null | undefined): string {
  try {
    const parsed = parseBasicToken(value as string);
    return `Basic ${parsed.email}${parsed.kind === 'api-token' ? '/token' : ''}:****`;
  } catch {
    return 'Basic [unparseable]';
  }
}
