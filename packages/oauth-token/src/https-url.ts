import { assertHttpsUrl } from '@auth/tls-check';
import { fail } from './errors.ts';

/**
 * The option `field` as an `https:` URL, checked by `@auth/tls-check`; else `INVALID_OPTION`
 * with its message (which names `url` and the fix) about the option.
 */
export function checkHttpsUrl(value: unknown, field: string): URL {
  try {
    return assertHttpsUrl(value as string | URL);
  } catch (error) {
    return fail('INVALID_OPTION', `${field}${(error as Error).message.replace(/^\[[^\]]*\] url/, '')}`);
  }
}
