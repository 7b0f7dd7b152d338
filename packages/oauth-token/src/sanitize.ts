/**
 * What may not reach a log line from a server's text: control characters (C0, DEL, C1: log and
 * terminal injection), and the invisible formatting characters that reorder or hide text
 * (U+061C, U+200B-200F, U+2028-202E, U+2060-206F, U+FEFF). One class: linear.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNPRINTABLE = /[\0-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g;

/** The longest server text a message quotes. */
const MAX_QUOTED = 200;

/**
 * Server-provided text (an OAuth `error_description`, an unexpected `token_type`) made safe to
 * quote in a message: unprintable runs become one space, `secrets` (the tokens and client secret
 * just sent, which a server may echo) become `****`, and it is cut to 200 characters.
 *
 * @example
 * ```ts
 * sanitize('Refresh token f3b1c2d4 is spent\r\nX-Injected: 1', ['f3b1c2d4']); // => 'Refresh token **** is spent X-Injected: 1'
 * ```
 */
export function sanitize(text: string, secrets: readonly (string | undefined)[] = []): string {
  let safe = text.replace(UNPRINTABLE, ' ');
  for (const secret of secrets) if (secret) safe = safe.replaceAll(secret, '****');
  return safe.length > MAX_QUOTED ? `${safe.slice(0, MAX_QUOTED - 3)}...` : safe;
}

/**
 * What a message says of a server's `error_description`: `: "<the text>"`, made safe by
 * {@link sanitize}, or nothing when the server gave none.
 */
export function quotedDescription(description: unknown, secrets?: readonly (string | undefined)[]): string {
  return typeof description === 'string' && description
    ? `: ${JSON.stringify(sanitize(description, secrets))}`
    : '';
}
