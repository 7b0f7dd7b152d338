/**
 * A value as an error message shows it, so the reader recognises what they passed: a string
 * or a list quoted as JSON (control characters escaped), a `RegExp` as written, a function as
 * such, a BigInt with its `n`, another object by its tag, anything else as `String()` does.
 * Never throws, whatever the value; never called on secrets.
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
 * show(Object.create(null)); // => '[object Object]'
 * show([1n]); // => '[object Array]'
 * ```
 */
export function show(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null || value instanceof RegExp) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  }
  try {
    if (Array.isArray(value)) return JSON.stringify(value);
  } catch {}
  // Object.prototype's own toString: an object without a prototype, or a hostile one, shows too.
  return Object.prototype.toString.call(value);
}

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
