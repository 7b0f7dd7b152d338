// The demo's "user": opens the authorization URL, reads the consent page and presses Allow
// (or Deny), the way a browser would submit its form, and returns where the server sends the
// browser back to (the app's redirect URI with `code` and `state`). Node's fetch trusts the
// demo's CA through NODE_EXTRA_CA_CERTS.

/**
 * @param {string | URL} authorizationUrl
 * @param {'allow' | 'deny'} [decision]
 * @returns {Promise<string>} the callback URL
 */
export async function answerConsent(authorizationUrl, decision = 'allow') {
  const consent = await fetch(authorizationUrl, { redirect: 'manual' });
  const html = await consent.text();
  const ticket = /name="ticket" value="([^"]+)"/.exec(html)?.[1];
  if (consent.status !== 200 || !ticket)
    throw new Error(`no consent page (${consent.status}): ${html.slice(0, 200)}`);
  const answered = await fetch(new URL('/oauth/authorizations', authorizationUrl), {
    method: 'POST',
    body: new URLSearchParams({ ticket, decision }),
    redirect: 'manual',
  });
  const location = answered.headers.get('location');
  if (answered.status !== 303 || !location) throw new Error(`no redirect back (${answered.status})`);
  return location;
}
