/**
 * A value as an option's error message shows it, so the reader recognises what they passed: a
 * string quoted (control characters escaped), a `RegExp` as written, a BigInt with its `n`, a
 * function as such, another object by its tag. Never throws, whatever the value; never called
 * on secrets.
 *
 * @example
 * ```ts
 * show('a,b'); // => '"a,b"'
 * show(/\.example\.com$/); // => '/\\.example\\.com$/'
 * show(10n); // => '10n'
 * show(Number.NaN); // => 'NaN'
 * show(() => true); // => 'a function'
 * show(new Set(['GET'])); // => '[object Set]'
 * show(Object.create(null)); // => '[object Object]'
 * ```
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object' || value === null || value instanceof RegExp) return String(value);
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
