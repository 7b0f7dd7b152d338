// Every package's suite, given the package exactly as this runtime resolves it from
// node_modules through its `exports` (the built `dist`, as a user's install would).
import * as basicToken from '@auth/basic-token';
import * as bearer from '@auth/bearer';
import * as corsPolicy from '@auth/cors-policy';
import * as oauthToken from '@auth/oauth-token';
import * as tlsCheck from '@auth/tls-check';
import { runSuites } from './harness.js';
import basicTokenSuite from './suites/basic-token.js';
import bearerSuite from './suites/bearer.js';
import corsPolicySuite from './suites/cors-policy.js';
import oauthTokenSuite from './suites/oauth-token.js';
import tlsCheckSuite from './suites/tls-check.js';

export const entries = [
  { name: '@auth/basic-token', suite: basicTokenSuite, mod: basicToken },
  { name: '@auth/bearer', suite: bearerSuite, mod: bearer },
  { name: '@auth/tls-check', suite: tlsCheckSuite, mod: tlsCheck },
  { name: '@auth/cors-policy', suite: corsPolicySuite, mod: corsPolicy },
  { name: '@auth/oauth-token', suite: oauthTokenSuite, mod: oauthToken },
];

/**
 * `context`: `{ runtime, fixtures }`. `runtime` is one of node, deno, bun, chromium,
 * workerd; `fixtures` holds the addresses of live servers where the runner started them.
 */
export function runConformance(context) {
  return runSuites(entries, context);
}
