import { fail } from './errors.ts';
import { readText } from './text.ts';

/** Whether a URL scheme (`url.protocol`) runs over TLS: `https:`, or `wss:` for WebSockets. */
export const isTlsScheme = (scheme: string): boolean => scheme === 'https:' || scheme === 'wss:';

/** The message for a URL whose scheme is not `https:`/`wss:`; it names the scheme only. */
export const notHttpsMessage = (scheme: string): string =>
  `url uses ${scheme}; use ${scheme === 'ws:' ? 'wss:' : 'https:'} instead`;

/**
 * Parses `url` (a string, or a `URL` from any realm) into a fresh `URL`. Refuses what is
 * missing, not a string, empty, surrounded by whitespace or holding a control character (the
 * URL parser would silently drop a pasted newline) or a space, and what does not parse.
 */
export function toUrl(url: unknown): URL {
  const { href } = (url ?? {}) as { href?: unknown };
  const text = typeof href === 'string' ? href : readText(url, 'url', 'an https: URL', 'INVALID_URL');
  // RFC 3986 section 2: no space in a URI. Parsers differ (Chromium takes one in a host name).
  if (text.includes(' ')) fail('INVALID_URL', 'url holds a space; remove it or write %20');
  try {
    return new URL(text);
  } catch {
    // Not absolute (`example.com`, `/api`), or a bad host (`[:::]`) or port (`:65536`).
    return fail('INVALID_URL', 'url does not parse; pass an https: URL');
  }
}

/**
 * Parses `url` and makes sure it uses TLS: `https:` (or `wss:` for WebSockets). Returns a new
 * `URL`. The URL itself never appears in an error message, since it may carry credentials.
 *
 * @throws {TlsCheckError} `NOT_HTTPS` for `http:`, `ws:` or any other scheme (the message says
 * which scheme to use instead); `INVALID_URL` when it is missing, empty, surrounded by whitespace,
 * holds a control character or does not parse; `NOT_A_STRING` for what is neither a string nor a `URL`.
 *
 * @example
 * ```ts
 * assertHttpsUrl('https://example.zendesk.com/api/v2/users.json').host; // => 'example.zendesk.com'
 * assertHttpsUrl('http://example.zendesk.com/'); // throws NOT_HTTPS
 * assertHttpsUrl('ws://example.com/'); // throws NOT_HTTPS
 * assertHttpsUrl('https://example.com/\r\nX-Injected: 1'); // throws INVALID_URL
 * assertHttpsUrl(undefined); // throws INVALID_URL: url is missing; pass an https: URL
 * ```
 */
export function assertHttpsUrl(url: string | URL): URL {
  const parsed = toUrl(url);
  if (!isTlsScheme(parsed.protocol)) fail('NOT_HTTPS', notHttpsMessage(parsed.protocol));
  return parsed;
}
