import { fail } from './errors.ts';
import type { CheckTlsOptions } from './types.ts';
import { MIN_TLS_VERSION, tlsVersionRank } from './version.ts';

/** The options of `checkTls`, checked, with their defaults. */
export interface CheckSettings {
  timeoutMs: number;
  /** The `ca` texts, one per entry; what they hold is checked where they are used (the socket entry). */
  ca: string[];
  minRank: number;
}

const OPTIONS = ['timeoutMs', 'ca', 'minVersion'];

/**
 * Checks the options of `checkTls` so that every runtime refuses the same mistakes: misuse, so
 * `INVALID_OPTION` (`UNKNOWN_TLS_VERSION` for `minVersion`, as everywhere a version is read).
 */
export function readOptions(options: CheckTlsOptions = {}): CheckSettings {
  if (typeof options !== 'object' || options === null) {
    fail('INVALID_OPTION', `options must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  // A misspelt option would check something else and say ok (`minVerison` checks at 1.2).
  for (const name in options) {
    if (!OPTIONS.includes(name))
      fail('INVALID_OPTION', `options.${name} is unknown; use ${OPTIONS.join(', ')}`);
  }
  const { timeoutMs = 10000, ca = [], minVersion = MIN_TLS_VERSION } = options;
  // Up to setTimeout's largest delay, a signed 32-bit count of milliseconds.
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs < 2 ** 31)) {
    fail('INVALID_OPTION', 'timeoutMs must be a number of milliseconds above 0');
  }
  // One PEM text or a list of them.
  const list: unknown[] = [ca].flat();
  if (!list.every((pem) => typeof pem === 'string'))
    fail('INVALID_OPTION', 'ca must be PEM text or a list of them');
  return { timeoutMs, ca: list as string[], minRank: tlsVersionRank(minVersion, 'minVersion') };
}
