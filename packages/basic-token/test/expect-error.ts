import { expect } from 'vitest';
import { BasicTokenError, type BasicTokenErrorCode } from '../src/index.ts';

/**
 * Runs `fn` and expects a {@link BasicTokenError} with `code`, the package prefix, each of
 * `words` in its message, and none of `secrets` (nor their base64) in its message, `String()`,
 * JSON or stack. Returns the error.
 */
export function expectError(
  fn: () => unknown,
  code: BasicTokenErrorCode,
  words: string[],
  secrets: string[] = [],
): BasicTokenError {
  let error: unknown;
  try {
    fn();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(BasicTokenError);
  const ours = error as BasicTokenError;
  expect(ours.code).toBe(code);
  expect(ours.name).toBe('BasicTokenError');
  expect(ours.message.startsWith('[@auth/basic-token] ')).toBe(true);
  for (const word of words) expect(ours.message).toContain(word);
  expectNoSecret(ours, secrets);
  return ours;
}

/** Expects none of `secrets`, nor their UTF-8 base64, in anything `error` prints. */
export function expectNoSecret(error: unknown, secrets: string[]): void {
  const ours = error as Error;
  const text = `${ours.message} ${String(ours)} ${JSON.stringify(ours)} ${ours.stack} ${String(ours.cause)}`;
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    const utf8 = String.fromCharCode(...new TextEncoder().encode(secret));
    expect(text).not.toContain(btoa(utf8));
  }
}
