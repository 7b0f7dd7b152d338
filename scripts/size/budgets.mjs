// Size budgets, in gzip bytes (esbuild, browser, minified, gzip -9). One row per measured
// thing: a whole package (`export *` of its main entry) or one named import of it.
//
// `limit` is enforced by `node scripts/size.mjs --check` (so by `pnpm test`): the measured
// size plus a little room, so nothing grows unnoticed. `goal` is issue 14's target, reported
// beside it. The limits were set on 2026-11-30 from sizes measured then (basicTokenHeader 1,128, parseBasicToken 1,227,
// bearerHeader 643, parseBearer 871, parseBearerChallenge 1,069, createCorsPolicy 3,784,
// assertCorsAllowedAuth 1,663; whole packages 2,200, 1,895, 1,749, 3,876). Issue 14's size pass
// for bearer and basic-token: a goal met is its limit; a goal not yet met has the size measured
// after the pass plus about 2% as its limit, so that the gain holds.

/**
 * Which column `--check` enforces. Every goal not met but parseBasicToken's (a speed trade, above)
 * is below the row's `bare` size (the bundle without any message text, printed by `node
 * scripts/size.mjs`): enforcing the goals would take dropping behaviour, which is a decision
 * about the contract, not a size pass: goals.md says what each goal would cost users.
 */
export const ENFORCED = 'limit';

/**
 * `{ package, import?, limit, goal?, anchors? }`; `anchors` names rows of ANCHORS that do the
 * same job, shown beside it.
 */
export const BUDGETS = [
  // decodeBasic's canonical check encodes only the last bytes again (2026-11-30): 20 bytes for
  // decoding 1.5x faster on Bun and 2x on Deno (where it was slower than basic-auth). Speed on a
  // server's every request won over the browser bytes of an import browsers rarely need.
  {
    package: '@auth/basic-token',
    limit: 1740,
    goal: 1500,
    anchors: ['basic-auth', 'js-base64', 'hono/basic-auth'],
  },
  { package: '@auth/basic-token', import: 'basicTokenHeader', limit: 800, goal: 700 },
  { package: '@auth/basic-token', import: 'parseBasicToken', limit: 935, goal: 900 },
  // +60 (2026-11-30): bearerChallenge refuses a key that is none of its five (UNKNOWN_PARAMETER).
  { package: '@auth/bearer', limit: 1910, goal: 1300, anchors: ['hono/bearer-auth', '@octokit/auth-token'] },
  { package: '@auth/bearer', import: 'bearerHeader', limit: 450, goal: 450 },
  { package: '@auth/bearer', import: 'parseBearer', limit: 705, goal: 550 },
  { package: '@auth/bearer', import: 'parseBearerChallenge', limit: 1025, goal: 800 },
  // 1,837 measured after issue 14's size pass (2,239 before): the goal is below what the code of
  // the browser entry's behaviours weighs with every message emptied (packages/tls-check/README.md).
  // +57 (2026-11-30): checkTls refuses unknown options (a misspelt minVersion checked TLS 1.2).
  { package: '@auth/tls-check', limit: 1930, goal: 1200 },
  // cors-policy after its size pass: 3,465 / 3,182 / 799 measured, limits within 2% of them.
  // +69 (2026-11-30): credentials with a RegExp or predicate that allows every origin refused.
  { package: '@auth/cors-policy', limit: 3590, goal: 2800, anchors: ['hono/cors', 'cors'] },
  { package: '@auth/cors-policy', import: 'createCorsPolicy', limit: 3300, goal: 2500 },
  { package: '@auth/cors-policy', import: 'assertCorsAllowedAuth', limit: 815, goal: 1100 },
  // Issue 11's size pass (2026-11-30): each oauth-token row's limit is what it reached plus about
  // 2%. The whole entry was 9,484 (createTokenSource 7,960, createAuthorizationRequest 2,112,
  // exchangeAuthorizationCode 4,872); issue 11's goal of 2,500 is out of reach of the contract:
  // the siblings it must use (encodeBasic, assertHttpsUrl, bearerHeader) weigh 1,365 on their own.
  // CONNECTION_FAILED (2026-11-30) raised the limits by what it measured, the room kept: the whole
  // entry 8,392 -> 8,695 (+303), createTokenSource 6,890 -> 7,201 (+311), exchangeAuthorizationCode
  // 4,677 -> 4,982 (+305): the runtimes' codes for "no connection made", Deno's text and the message.
  {
    package: '@auth/oauth-token',
    limit: 8850,
    goal: 2500,
    anchors: ['@octokit/auth-oauth-user', 'oauth4webapi (grants)'],
  },
  // A user of the token source alone pays nothing for the sign-in (tree-shaken away).
  { package: '@auth/oauth-token', import: 'createTokenSource', limit: 7282 },
  // +34 and +28 (2026-11-30): endpoint URLs that carry a user name or password refused.
  {
    package: '@auth/oauth-token',
    import: 'createAuthorizationRequest',
    limit: 1665,
    anchors: ['oauth4webapi (PKCE request)'],
  },
  { package: '@auth/oauth-token', import: 'exchangeAuthorizationCode', limit: 5080 },
];

/** What users would otherwise pick, bundled the same way (from bench/'s devDependencies). */
export const ANCHORS = {
  'basic-auth': "export { parse } from 'basic-auth'",
  'js-base64': "export { Base64 } from 'js-base64'",
  'hono/basic-auth': "export { basicAuth } from 'hono/basic-auth'",
  'hono/bearer-auth': "export { bearerAuth } from 'hono/bearer-auth'",
  'hono/cors': "export { cors } from 'hono/cors'",
  cors: "export { default } from 'cors'",
  '@octokit/auth-token': "export { createTokenAuth } from '@octokit/auth-token'",
  '@octokit/auth-oauth-user': "export { createOAuthUserAuth } from '@octokit/auth-oauth-user'",
  'oauth4webapi (grants)':
    "export { refreshTokenGrantRequest, processRefreshTokenResponse, clientCredentialsGrantRequest, processClientCredentialsResponse } from 'oauth4webapi'",
  'oauth4webapi (PKCE request)':
    "export { generateRandomCodeVerifier, generateRandomState, calculatePKCECodeChallenge } from 'oauth4webapi'",
};
