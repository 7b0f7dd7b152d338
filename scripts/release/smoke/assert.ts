// The release check's two assertions, portable to every runtime (no node:assert in browsers).

/** Throws unless `actual` and `expected` have the same JSON. */
export function equal(actual: unknown, expected: unknown): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Error(`expected ${e}, got ${a}`);
}

/** Throws unless `fn` throws an instance of `ErrorClass` whose `code` is `code`. */
export function throwsCode(
  fn: () => unknown,
  ErrorClass: new (...args: never[]) => Error,
  code: string,
): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ErrorClass))
      throw new Error(`expected a ${ErrorClass.name}, got ${String(error)}`);
    equal((error as Error & { code?: unknown }).code, code);
    return;
  }
  throw new Error(`expected a ${ErrorClass.name} with code ${code}; nothing was thrown`);
}

/** Named checks of one package: each throws when what it tries does not hold. */
export type Checks = Record<string, () => void | Promise<void>>;
