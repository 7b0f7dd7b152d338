import { parseBasicToken } from './parse.ts';

/**
 * An email address, the only user-id shown in a log: RFC 5322 section 3.4.1's addr-spec in its
 * dot-atom form (atext, UTF-8 letters and digits allowed as RFC 6531 allows them), `@`, then a
 * domain of two or more labels of letters, digits and inner hyphens, the last of letters only.
 * An API key, a token or a password pasted as the user-id has no such shape, and no control,
 * space, separator or bidi control can stand in one, so none can forge a log line. Each part is a
 * run of a class that excludes the separator after it: linear.
 */
const EMAIL_ADDRESS =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

/**
 * An `Authorization: Basic ...` value made safe for logs: who, never the secret. API tokens read
 * `'Basic {email}/token:****'`, passwords `'Basic {email}:****'`. The user-id is shown only when
 * it is an email address (with `/token` for an API token); any other user-id (an API key sent as
 * the username, a token pasted into the email field) is masked as `****` too. It never throws: a
 * value that does not parse (another scheme, bad base64, not a string) is `'Basic [unparseable]'`.
 *
 * @example
 * ```ts
 * redactBasic('Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2');
 * // => 'Basic jdoe@example.com/token:****'
 * redactBasic(encodeBasic('sk_live_51HqLyjWDarjtT1zdp7dc', 'X')); // => 'Basic ****:****'
 * redactBasic('Basic !!!'); // => 'Basic [unparseable]'
 * ```
 */
export function redactBasic(value: string | null | undefined): string {
  try {
    const { kind, email } = parseBasicToken(value as string);
    return `Basic ${EMAIL_ADDRESS.test(email) ? email : '****'}${kind === 'api-token' ? '/token' : ''}:****`;
  } catch {
    return 'Basic [unparseable]';
  }
}
