/// <reference types="node" />
// The one way every package's unit tests check a thrown error: its class, its `code`, the
// words its message must hold, and that no secret (nor the base64 of one) shows anywhere the
// error can be printed: message, `String()`, JSON, stack, `cause` and Node's inspect output.
import { inspect } from 'node:util';
import { expect } from 'vitest';

/** An error class of this project: `name`, a string `code`, a `[@auth/<package>] ` message prefix. */
type CodedErrorClass<E extends Error & { code: string }> = abstract new (...args: never[]) => E;

/** What a thrown error must say: `words` it holds, `secrets` it never shows. */
export interface Expected {
  words?: readonly string[];
  secrets?: readonly string[];
}

/** Everything a thrown value prints to a log, as one text. */
export function printed(error: unknown): string {
  const e = error as Error;
  let json: string | undefined;
  try {
    json = JSON.stringify(error);
  } catch {
    json = '';
  }
  return [e?.message, String(e), json, e?.stack, String(e?.cause), inspect(error, { depth: 5 })].join('\n');
}

/** Expects none of `secrets`, nor their UTF-8 base64, in anything `error` prints. */
export function expectNoSecret(error: unknown, secrets: readonly string[]): void {
  const text = printed(error);
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret, 'utf8').toString('base64'));
  }
}

/** Checks `error` against its class, code, package prefix, words and secrets; returns it typed. */
export function expectCodedError<E extends Error & { code: string }>(
  error: unknown,
  ErrorClass: CodedErrorClass<E>,
  code: E['code'],
  { words = [], secrets = [] }: Expected = {},
): E {
  expect(error).toBeInstanceOf(ErrorClass);
  const ours = error as E;
  expect(ours.code).toBe(code);
  expect(ours.name).toBe(ErrorClass.name);
  expect(ours.message).toMatch(/^\[@auth\/[a-z-]+\] /);
  for (const word of words) expect(ours.message).toContain(word);
  expectNoSecret(ours, secrets);
  return ours;
}

/** Runs `fn`, expects it to throw such an error (see {@link expectCodedError}); returns it. */
export function expectThrows<E extends Error & { code: string }>(
  fn: () => unknown,
  ErrorClass: CodedErrorClass<E>,
  code: E['code'],
  expected?: Expected,
): E {
  let thrown: unknown = new Error('expected a throw; nothing was thrown');
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  return expectCodedError(thrown, ErrorClass, code, expected);
}

/** Awaits `promise`, expects it to reject with such an error (see {@link expectCodedError}). */
export async function expectRejects<E extends Error & { code: string }>(
  promise: Promise<unknown>,
  ErrorClass: CodedErrorClass<E>,
  code: E['code'],
  expected?: Expected,
): Promise<E> {
  let rejected: unknown = new Error('expected a rejection; the promise resolved');
  try {
    await promise;
  } catch (error) {
    rejected = error;
  }
  return expectCodedError(rejected, ErrorClass, code, expected);
}
