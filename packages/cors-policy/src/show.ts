/**
 * A value as an error message shows it, so the reader recognises what they passed: a string
 * or a list quoted as JSON (control characters escaped), a `RegExp` as written, a function as
 * such, a BigInt with its `n`, anything else as `String()` does. Never called on secrets.
 *
 * @example
 * ```ts
 * show('a,b'); // => '"a,b"'
 * show(['GET']); // => '["GET"]'
 * show(/\.example\.com$/); // => '/\\.example\\.com$/'
 * show(new Set(['GET'])); // => '[object Set]'
 * show(Promise.resolve(true)); // => '[object Promise]'
 * show(() => true); // => 'a function'
 * show(Number.NaN); // => 'NaN'
 * show(10n); // => '10n'
 * ```
 */
export const show = (value: unknown): string =>
  typeof value === 'function'
    ? 'a function'
    : typeof value === 'string' || Array.isArray(value)
      ? JSON.stringify(value)
      : `${String(value)}${typeof value === 'bigint' ? 'n' : ''}`;

/**
 * The type a message names for a value it must not show (what `next` returned may hold data):
 * `'null'` or its `typeof`.
 *
 * @example
 * ```ts
 * typeOf(null); // => 'null'
 * typeOf({ token: 'x' }); // => 'object'
 * ```
 */
export const typeOf = (value: unknown): string => (value === null ? 'null' : typeof value);
