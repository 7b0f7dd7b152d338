import { fail } from './errors.ts';
import type { CheckTlsOptions } from './types.ts';
import { tlsVersionRank } from './version.ts';

/** The options of `checkTls`, checked, with their defaults. */
export interface CheckSettings {
  timeoutMs: number;
  /** The `ca` texts, one per entry; what they hold is checked where they are used (the socket entry). */
  ca: string[];
  minRank: number;
}

// setTimeout's largest delay (a signed 32-bit count of milliseconds).
const MAX_TIMEOUT_MS = 2147483647;

/**
 * Checks the options of `checkTls` so that every runtime refuses the same mistakes: misuse, so
 * `INVALID_OPTION` (`UNKNOWN_TLS_VERSION` for `minVersion`, as everywhere a version is read).
 */
export function readOptions(options: CheckTlsOptions | undefined): CheckSettings {
  const type = options === null ? 'null' : typeof options;
  if (type !== 'object' && type !== 'undefined')
    fail('INVALID_OPTION', `options must be an object, got ${type}`);
  const { timeoutMs = 10000, ca = [], minVersion = 'TLSv1.2' } = options ?? {};
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= MAX_TIMEOUT_MS)) {
    fail('INVALID_OPTION', 'timeoutMs must be a number of milliseconds above 0, such as 10000');
  }
  // One PEM text or a list of them.
  const list: unknown[] = ([] as unknown[]).concat(ca);
  if (!list.every((pem) => typeof pem === 'string')) {
    fail('INVALID_OPTION', 'ca must be PEM text or a list of PEM texts (-----BEGIN CERTIFICATE-----...)');
  }
  return { timeoutMs, ca: list as string[], minRank: tlsVersionRank(minVersion, 'minVersion') };
}
