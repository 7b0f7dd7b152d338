import { assertHttpsUrl } from '@auth/tls-check';
import { fail } from './errors.ts';

/**
 * The option `field` as an `https:` URL, checked by `@auth/tls-check`; else `INVALID_OPTION`
 * with its message (which names `url` and the fix) about the option. A URL that carries a user
 * name or password is refused too: `fetch` errors quote the URL, and logs keep them.
 */
export function checkHttpsUrl(value: unknown, field: string): URL {
  let url: URL;
  try {
    url = assertHttpsUrl(value as string | URL);
  } catch (error) {
    return fail('INVALID_OPTION', `${field}${(error as Error).message.replace(/^\[[^\]]*\] url/, '')}`);
  }
  if (url.username || url.password) {
    fail('INVALID_OPTION', `${field} holds a user name or password; remove it`);
  }
  return url;
}
