import type { BearerChallengeParams } from './types.ts';

/**
 * The attributes of RFC 6750 section 3, in the order a challenge lists them, by their key in
 * `BearerChallengeParams` and `BearerChallenge`; on the wire each is its key in snake case
 * (`errorDescription` is `error_description`).
 */
export const PARAMETERS: readonly (keyof BearerChallengeParams)[] = [
  'realm',
  'scope',
  'error',
  'errorDescription',
  'errorUri',
];

/** A key's name on the wire: `errorUri` is `error_uri`. */
export const wireName = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
