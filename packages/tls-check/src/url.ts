import { fail } from './errors.ts';

// RFC 3986 section 2 and appendix C: a URI holds no space and no control character (C0, DEL,
// C1); the WHATWG URL parser would silently drop tabs and newlines, so they are refused first.
export const NOT_URI_CHARACTER: RegExp = /[\0-\x20\x7f-\x9f]/;

/** Whether a URL scheme (`url.protocol`) runs over TLS: `https:`, or `wss:` for WebSockets. */
export const isTlsScheme = (scheme: string): boolean => scheme === 'https:' || scheme === 'wss:';

/** The message for a URL whose scheme is not `https:`/`wss:`; it names the scheme only. */
export function notHttpsMessage(scheme: string): string {
  return `url uses ${scheme}; use ${scheme === 'ws:' ? 'wss:' : 'https:'} instead (TLS 1.2 or newer)`;
}

/** Parses `url` (a string or a `URL`) into a fresh `URL`; refuses spaces and control characters. */
export function toUrl(url: string | URL): URL {
  const text = String(url);
  if (!NOT_URI_CHARACTER.test(text)) {
    try {
      return new URL(text);
    } catch {}
  }
  return fail('INVALID_URL', 'url must be an absolute URL without spaces or control characters');
}

/**
 * Parses `url` and makes sure it uses TLS: `https:` (or `wss:` for WebSockets). Returns a new
 * `URL`. The URL itself never appears in an error message, since it may carry credentials.
 *
 * @throws {TlsCheckError} `NOT_HTTPS` for `http:`, `ws:` or any other scheme (the message says
 * which scheme to use instead); `INVALID_URL` when it does not parse or holds a space or a
 * control character.
 *
 * @example
 * ```ts
 * assertHttpsUrl('https://example.zendesk.com/api/v2/users.json').host; // => 'example.zendesk.com'
 * assertHttpsUrl('http://example.zendesk.com/'); // throws NOT_HTTPS
 * assertHttpsUrl('ws://example.com/'); // throws NOT_HTTPS
 * assertHttpsUrl('https://example.com/\r\nX-Injected: 1'); // throws INVALID_URL
 * ```
 */
export function assertHttpsUrl(url: string | URL): URL {
  const parsed = toUrl(url);
  if (!isTlsScheme(parsed.protocol)) fail('NOT_HTTPS', notHttpsMessage(parsed.protocol));
  return parsed;
}

/**
 * The TCP port to connect to for a TLS URL: its port, or 443 (the default of `https:` and
 * `wss:`, which the URL parser leaves out). Port 0 is refused: it is no destination (RFC 6335
 * section 6 reserves it; connecting to it fails, or asks the system for any port).
 */
export function tlsPort({ port }: URL): number {
  return port === '0'
    ? fail('INVALID_URL', 'url port must be 1 to 65535, not 0; leave it out for 443')
    : Number(port) || 443;
}
