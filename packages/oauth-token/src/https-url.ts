import { assertHttpsUrl } from '@auth/tls-check';
import { fail } from './errors.ts';

/**
 * The option `field` as an `https:` URL (checked by `@auth/tls-check`); else `INVALID_OPTION`
 * naming the option and the fix: `what` when it is missing.
 */
export function checkHttpsUrl(value: unknown, field: string, what: string): URL {
  if (value == null) fail('INVALID_OPTION', `${field} is missing; pass ${what}`);
  try {
    return assertHttpsUrl(value as string | URL);
  } catch (error) {
    // @auth/tls-check's message names `url` and the fix; here the field is the option.
    const why = String((error as Error).message).replace(/^\[[^\]]*\] url /, '');
    return fail('INVALID_OPTION', `${field} ${why}`);
  }
}
