// RFC 9110 12.5.5: Vary = #( "*" / field-name ). Matches a list that already names Origin or "*".
const VARY_COVERS_ORIGIN = /(?:^|,)[\t ]*(?:origin|\*)[\t ]*(?:,|$)/i;

/**
 * Every CORS response header: the Fetch standard's six and Private Network Access's one. The
 * policy owns them: whatever `next` or an upstream set is removed before the grant is written.
 */
export const CORS_RESPONSE_HEADERS: readonly string[] = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
  'access-control-expose-headers',
  'access-control-allow-private-network',
];

/**
 * Whether `value` is a `Response`, from this realm or another (undici's own package, an
 * iframe, a test realm), told by its brand as oauth4webapi's `looseInstanceOf` does.
 *
 * @example
 * ```ts
 * isResponse(new Response('x')); // => true
 * isResponse({ status: 200, headers: new Headers() }); // => false
 * ```
 */
export function isResponse(value: unknown): value is Response {
  return value instanceof Response || Object.prototype.toString.call(value) === '[object Response]';
}

/**
 * Adds `Origin` to the `Vary` of `headers`, keeping what is there and never twice.
 *
 * @example
 * ```ts
 * const headers = new Headers({ vary: 'Accept-Encoding' });
 * varyOrigin(headers);
 * headers.get('vary'); // => 'Accept-Encoding, Origin'
 * ```
 */
export function varyOrigin(headers: Headers): void {
  const vary = headers.get('vary');
  if (vary === null) headers.set('vary', 'Origin');
  else if (!VARY_COVERS_ORIGIN.test(vary)) headers.set('vary', `${vary}, Origin`);
}

/**
 * Runs `write` on the headers of `response`; when they are immutable (a `fetch` response,
 * `Response.redirect`), on those of a copy with the same body, status and status text.
 * A network error (`Response.error()`, status 0) carries no headers and is returned as is.
 *
 * @example
 * ```ts
 * const response = withHeaders(Response.redirect('https://example.com/', 302), (h) => h.set('x', '1'));
 * response.headers.get('x'); // => '1'
 * ```
 */
export function withHeaders(response: Response, write: (headers: Headers) => void): Response {
  try {
    write(response.headers);
    return response;
  } catch {
    if (response.status < 200) return response;
    const copy = new Response(response.body, response);
    write(copy.headers);
    return copy;
  }
}
