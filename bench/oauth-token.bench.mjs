// @auth/oauth-token's hot path: `source.token()` with a valid cached token, against its floor,
// `await` of a plain variable (goal: at most 3x its time, a ratio of 0.33 or more), and against
// @octokit/auth-oauth-user's `auth()` with a token that has not expired (the same question: "a
// valid token, please"). Run: node oauth-token.bench.mjs (also bun / deno run -A).
// The herd at expiry, against a real loopback token endpoint, is oauth-token-herd.bench.mjs.

import { createTokenSource } from '@auth/oauth-token';
import { createOAuthUserAuth } from '@octokit/auth-oauth-user';
import { compare } from './compare.mjs';

const TOKEN = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const source = createTokenSource({
  tokenEndpoint: 'https://acme.zendesk.com/oauth/tokens',
  grant: { type: 'client_credentials', clientId: 'demo_app', clientSecret: 'demo-app-secret-0b2f9c4e7a1d' },
  fetch: async () => Response.json({ access_token: TOKEN, token_type: 'bearer', expires_in: 1800 }),
});
await source.token(); // now cached: every later call takes the fast path

const octokit = createOAuthUserAuth({
  clientType: 'github-app',
  clientId: 'lv1.1234567890abcdef',
  clientSecret: 'demo-app-secret-0b2f9c4e7a1d',
  token: TOKEN,
  expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
  refreshToken: '31048ba2b5c5d9b1fa2b3b4f5c3d1e2f',
  refreshTokenExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
});

let variable = TOKEN;
const floor = async () => await variable;
const octokitToken = async () => (await octokit()).token;

for (const candidate of [() => source.token(), floor, octokitToken]) {
  if ((await candidate()) !== TOKEN) throw new Error('candidates disagree');
}

await compare(
  'source.token(), a valid cached token',
  {
    'source.token()': () => source.token(),
    'await variable (floor)': floor,
    '@octokit/auth-oauth-user auth()': octokitToken,
  },
  { goals: { 'await variable (floor)': 0.33 } },
);

await compare('source.authorization() (for information)', {
  'source.authorization()': () => source.authorization(),
  "'Bearer ' + await variable": async () => `Bearer ${await variable}`,
});
variable = TOKEN;
