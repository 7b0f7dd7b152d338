// The fixtures the orchestrator started (conformance/run-all.mjs) reach the runners as JSON in
// AUTH_CONFORMANCE_FIXTURES, keyed by package.

/** Every fixture, for the runtimes with sockets (Node, Deno, Bun run cli.mjs). */
export const fixturesFromEnv = () => JSON.parse(process.env.AUTH_CONFORMANCE_FIXTURES || '{}');

/**
 * Only those a page or a Worker can use: oauth-token's refused port (tls-check's servers are
 * for sockets, which neither has).
 */
export function webFixtures() {
  const { 'oauth-token': oauthToken } = fixturesFromEnv();
  return oauthToken ? { 'oauth-token': oauthToken } : {};
}
