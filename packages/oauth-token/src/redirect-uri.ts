import { checkText, misuse } from './check.ts';

/** RFC 8252 7.3: the loopback IP literals a native app may listen on, with any port, over `http:`. */
const LOOPBACK = ['127.0.0.1', '[::1]'];

/**
 * `value` as the redirect URI to send, exactly as given (the server compares it to the
 * registered one character for character): `https:`, or `http://127.0.0.1` or `http://[::1]`
 * with any port for an app on the user's machine (RFC 8252 7.3); never `localhost` (RFC 8252
 * 8.3: it may resolve elsewhere), another scheme, or a fragment (RFC 6749 3.1.2).
 */
export function checkRedirectUri(value: unknown): string {
  const given = value instanceof URL ? value.href : value;
  const uri = checkText(given, 'options.redirectUri', 'the URL the user comes back to');
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return misuse('options.redirectUri must be an absolute URL');
  }
  if (uri.includes('#')) misuse('options.redirectUri has a fragment; remove it');
  if (url.protocol === 'https:') return uri;
  if (url.protocol !== 'http:' || !LOOPBACK.includes(url.hostname)) {
    misuse('options.redirectUri must be https:, or http://127.0.0.1 on this machine');
  }
  return uri;
}
