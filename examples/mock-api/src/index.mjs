// startMockApi(): a Zendesk-like API on loopback, built from the @auth packages on the
// server side. HTTPS only, TLS 1.2 or newer, SNI required, a certificate made at start.
// It listens on 127.0.0.1 and ::1 with the same port, since `localhost` resolves to either
// depending on the runtime, and clients must use `localhost`: an IP literal sends no SNI.

import { existsSync } from 'node:fs';
import { createServer } from 'node:https';
import { createSecureContext } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { basicTokenHeader, redactBasic } from '@auth/basic-token';
import { redactBearer } from '@auth/bearer';
import { classifyAuthorization, createCorsPolicy } from '@auth/cors-policy';
import { MIN_TLS_VERSION } from '@auth/tls-check';
import { nodeListener } from './adapter.mjs';
import { createApi } from './app.mjs';
import { createAuthorizations } from './authorizations.mjs';
import { makeCertificates } from './certs.mjs';
import { tokenFaults } from './faults.mjs';
import { createPageServer } from './page.mjs';
import { createTokenStore } from './tokens.mjs';

/** The demo's credentials: the examples of Zendesk's own documentation. Loopback only. */
export const DEFAULTS = Object.freeze({
  email: 'jdoe@example.com',
  apiToken: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv',
  clientId: 'demo_app',
  clientSecret: 'demo-app-secret-0b2f9c4e7a1d',
  publicClientId: 'demo_public',
  accessTokenTtl: 30 * 60,
  refreshTokenTtl: 30 * 24 * 60 * 60,
});

const BROWSER_EXAMPLE = fileURLToPath(new URL('../../browser/', import.meta.url));

/**
 * @typedef {object} MockApiOptions
 * @property {number} [port] API port on 127.0.0.1 and ::1 (default 0: any free port)
 * @property {number} [pagePort] port of the browser page's origin (default 0)
 * @property {string | false} [page] folder of the browser page (default examples/browser); `false`: none
 * @property {string} [email] the agent whose API token is accepted
 * @property {string} [apiToken]
 * @property {string} [clientId] the OAuth client allowed the client_credentials grant
 * @property {string} [clientSecret]
 * @property {string} [publicClientId] the public OAuth client (no secret) that signs users in with PKCE;
 *   its registered redirect URIs: the browser page's `/app.html`, and `http://127.0.0.1/callback`
 *   and `http://[::1]/callback` with any port (RFC 8252 7.3), plus `redirectUris`
 * @property {string[]} [redirectUris] more redirect URIs registered for the public client
 * @property {number} [accessTokenTtl] seconds (default 1800, Zendesk's; fractions allowed)
 * @property {number} [refreshTokenTtl] seconds (default 30 days)
 * @property {string[]} [corsOrigins] page origins allowed cross-origin, besides the page's own
 * @property {(line: string) => void} [log] one line per request and per refused handshake
 * @property {string} [openssl] the openssl binary
 */

/**
 * @param {MockApiOptions} [options]
 * @returns {Promise<{ url: string, origin: string, port: number, pageUrl: string | undefined,
 *   pageOrigin: string | undefined, caPem: string, caPath: string, spkiSha256: string,
 *   credentials: { email: string, apiToken: string, clientId: string, clientSecret: string, publicClientId: string },
 *   accessTokenTtl: number, faults: ReturnType<typeof import('./faults.mjs').tokenFaults>,
 *   close: () => Promise<void> }>}
 */
export async function startMockApi(options = {}) {
  const config = { ...DEFAULTS, ...withoutUndefined(options) };
  const { email, apiToken, clientId, clientSecret, publicClientId, log = () => {} } = config;
  basicTokenHeader({ email, token: apiToken }); // refuses a malformed email or token, naming the field

  const certs = await makeCertificates({ openssl: config.openssl });
  const servers = [];
  try {
    const tlsOptions = sniOnly(certs);
    const api = await listenLoopback(config.port ?? 0, tlsOptions, log);
    servers.push(...api.servers);
    const origin = `https://localhost:${api.port}`;

    let pageOrigin;
    const pageDir = config.page ?? (existsSync(BROWSER_EXAMPLE) ? BROWSER_EXAMPLE : false);
    if (pageDir) {
      const page = await listenLoopback(config.pagePort ?? 0, tlsOptions, log);
      servers.push(...page.servers);
      pageOrigin = `https://localhost:${page.port}`;
      // The page's settings, as a build would bake them in: where the API is, which client it is.
      const servePage = createPageServer(pageDir, { api: `${origin}/`, clientId: publicClientId });
      for (const server of page.servers)
        server.on('request', nodeListener(pageOrigin, servePage, logError(log), 'GET, HEAD'));
    }

    const policy = createCorsPolicy({
      origins: [...(pageOrigin ? [pageOrigin] : []), ...(config.corsOrigins ?? [])],
      methods: ['GET', 'HEAD', 'POST', 'DELETE'],
      allowHeaders: ['content-type'],
      exposeHeaders: ['www-authenticate'],
      maxAge: 600,
    });
    const tokens = createTokenStore({
      accessTokenTtl: config.accessTokenTtl,
      refreshTokenTtl: config.refreshTokenTtl,
      scope: 'read',
    });
    const redirectUris = [
      ...(pageOrigin ? [`${pageOrigin}/app.html`] : []),
      'http://127.0.0.1/callback',
      'http://[::1]/callback',
      ...(config.redirectUris ?? []),
    ];
    const authorizations = createAuthorizations({
      clients: { [publicClientId]: { name: 'Demo app', redirectUris } },
      tokens,
    });
    const user = { id: 1, name: 'Jane Doe', email, role: 'admin' };
    const faults = tokenFaults(); // the token endpoint's counters and fault switches (pnpm fleet)
    const app = faults.wrap(
      createApi({
        realm: 'mock-api',
        user,
        apiToken,
        clientId,
        clientSecret,
        publicClientId,
        tokens,
        authorizations,
      }),
    );
    const handle = async (request) => {
      const response = await policy.handle(request, app);
      log(describe(request, response));
      return response;
    };
    for (const server of api.servers) server.on('request', nodeListener(origin, handle, logError(log)));

    return {
      url: `${origin}/`,
      origin,
      port: api.port,
      pageUrl: pageOrigin && `${pageOrigin}/`,
      pageOrigin,
      caPem: certs.caPem,
      caPath: certs.caPath,
      spkiSha256: certs.spkiSha256,
      credentials: { email, apiToken, clientId, clientSecret, publicClientId },
      accessTokenTtl: config.accessTokenTtl,
      faults,
      close: () => closeAll(servers, certs),
    };
  } catch (error) {
    await closeAll(servers, certs);
    throw error;
  }
}

/**
 * TLS options that require SNI: no default certificate, only the one the SNI callback
 * hands out for `localhost`. A ClientHello without SNI (or for another name) finds no
 * certificate and the handshake fails, before any HTTP.
 */
function sniOnly({ key, cert }) {
  const context = createSecureContext({ key, cert, minVersion: MIN_TLS_VERSION });
  return {
    minVersion: MIN_TLS_VERSION,
    SNICallback(servername, callback) {
      if (servername.toLowerCase() === 'localhost') callback(null, context);
      else callback(new Error(`no certificate for the server name ${JSON.stringify(servername)}`));
    },
  };
}

/** Listens on 127.0.0.1 and then ::1 with the same port (retrying if ::1 has it taken). */
async function listenLoopback(port, tlsOptions, log) {
  for (let attempt = 1; ; attempt++) {
    const v4 = watch(createServer(tlsOptions), log);
    await listen(v4, port, '127.0.0.1');
    const bound = v4.address().port;
    const v6 = watch(createServer(tlsOptions), log);
    try {
      await listen(v6, bound, '::1');
      return { port: bound, servers: [v4, v6] };
    } catch (error) {
      if (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT') {
        log(`no IPv6 loopback here (${error.code}): listening on 127.0.0.1 only`);
        return { port: bound, servers: [v4] };
      }
      await new Promise((resolve) => v4.close(resolve));
      if (error.code !== 'EADDRINUSE' || port !== 0 || attempt === 5) throw error;
    }
  }
}

const listen = (server, port, host) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

/** Every socket of each server, from its first byte: a handshake still in progress included. */
const socketsOf = new WeakMap();

/** Logs refused handshakes, saying why when it is one of the rules, and keeps the server's sockets. */
function watch(server, log) {
  const sockets = new Set();
  socketsOf.set(server, sockets);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', (error, socket) => {
    if (error.code === 'ECONNRESET') return; // a client that gave up (happy eyeballs): not news
    const why =
      error.code === 'ERR_SSL_UNSUPPORTED_PROTOCOL'
        ? `below ${MIN_TLS_VERSION}`
        : socket.servername
          ? (error.code ?? error.message)
          : 'no SNI';
    log(`TLS handshake refused (${why})`);
  });
  return server;
}

/** `GET /api/v2/users/me.json 200 Bearer gEry**** from https://localhost:1234`: never a secret. */
function describe(request, response) {
  const authorization = request.headers.get('authorization');
  const kind = classifyAuthorization(authorization);
  let who = kind;
  try {
    if (kind === 'bearer') who = redactBearer(authorization);
    if (kind === 'api-token' || kind === 'password') who = redactBasic(authorization);
  } catch {}
  const origin = request.headers.get('origin');
  return `${request.method} ${new URL(request.url).pathname} ${response.status} ${who}${origin ? ` from ${origin}` : ''}`;
}

const logError = (log) => (error) => log(`internal error: ${error?.stack ?? error}`);

/**
 * Stops listening and destroys every socket: `closeAllConnections()` would reach only those
 * past the TLS handshake, and one mid-handshake would hold `close()` for Node's 120 s
 * handshake timeout.
 */
async function closeAll(servers, certs) {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise((resolve) => {
          server.close(resolve);
          for (const socket of socketsOf.get(server) ?? []) socket.destroy();
        }),
    ),
  );
  await certs.remove();
}

function withoutUndefined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
