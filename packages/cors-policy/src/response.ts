// RFC 9110 12.5.5: Vary = #( "*" / field-name ). Matches a list that already names Origin or "*".
const VARY_COVERS_ORIGIN = /(?:^|,)[\t ]*(?:origin|\*)[\t ]*(?:,|$)/i;

/**
 * Removes every `Access-Control-*` header of `headers`: the policy owns them, whatever `next`, the
 * application or a proxied upstream set. One pass over the names (cheaper than a `delete` per
 * known name in Node, where each call validates its name), then deletes only what is there.
 *
 * @example
 * ```ts
 * const headers = new Headers({ 'access-control-allow-origin': '*', 'x-request-id': '7' });
 * dropCorsHeaders(headers);
 * headers.has('access-control-allow-origin'); // => false
 * headers.get('x-request-id'); // => '7'
 * ```
 */
export function dropCorsHeaders(headers: Headers): void {
  const found: string[] = [];
  headers.forEach((_, name) => {
    if (name.startsWith('access-control-')) found.push(name);
  });
  for (const name of found) headers.delete(name);
}

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
