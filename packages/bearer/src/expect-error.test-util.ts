import { expect } from 'vitest';
import { BearerError, type BearerErrorCode } from './index.ts';

/**
 * Runs `fn` and expects a {@link BearerError} with `code`, whose message, `String()` and JSON
 * mention every one of `words` and never `secret`. Returns the error for further checks.
 */
export function expectError(
  fn: () => unknown,
  code: BearerErrorCode,
  words: readonly string[] = [],
  secret?: string,
): BearerError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BearerError);
  const error = caught as BearerError;
  expect(error.code).toBe(code);
  const texts = `${error.message}\n${String(error)}\n${JSON.stringify(error)}`;
  for (const word of words) expect(texts).toContain(word);
  if (secret) expect(texts).not.toContain(secret);
  return error;
}
