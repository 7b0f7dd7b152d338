/**
 * Whether this is Cloudflare's runtime (workerd), detected as jose does. There, an I/O object
 * made while serving one request cannot be used while serving another, and a promise made in
 * one request must not be awaited by another (panva/jose#355, #509; cloudflare-docs#16844):
 * if the first request is cancelled, the other waits forever.
 */
export const isCloudflareWorkers = (): boolean =>
  typeof navigator !== 'undefined' && navigator.userAgent === 'Cloudflare-Workers';

/** A marker of the request it is made in: a `Response` with a body, which is such an I/O object. */
export const requestMarker = (): Response => new Response('');

/**
 * Whether `marker` was made while serving the current request: workerd throws "Cannot perform
 * I/O on behalf of a different request" when another request's body is touched (`clone`).
 * Elsewhere every call is one context, and this is always `true`.
 */
export function madeInThisRequest(marker: Response): boolean {
  try {
    marker.clone();
    return true;
  } catch {
    return false;
  }
}
