import { fail } from './errors.ts';
import type { CheckTlsOptions } from './types.ts';
import { tlsVersionRank } from './version.ts';

/** The options of `checkTls`, checked, with their defaults. */
export interface CheckSettings {
  timeoutMs: number;
  ca: string[];
  minRank: number;
}

// setTimeout's largest delay (a signed 32-bit count of milliseconds).
const MAX_TIMEOUT_MS = 2147483647;

/** Checks the options of `checkTls` so that every runtime refuses the same mistakes. */
export function readOptions({
  timeoutMs = 10000,
  ca = [],
  minVersion = 'TLSv1.2',
}: CheckTlsOptions = {}): CheckSettings {
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= MAX_TIMEOUT_MS)) {
    fail('INVALID_OPTION', 'timeoutMs must be a number of milliseconds above 0, such as 10000');
  }
  // One PEM or a list of them; anything else (a number, an object) fails the test below.
  const list: unknown[] = ([] as unknown[]).concat(ca);
  if (!list.every((pem) => typeof pem === 'string' && pem.includes('-----BEGIN'))) {
    fail(
      'INVALID_OPTION',
      'ca must be PEM text (-----BEGIN CERTIFICATE-----...), not a file name; read the file first',
    );
  }
  return { timeoutMs, ca: list as string[], minRank: tlsVersionRank(minVersion) };
}
