// The demo's sign-in rows in Node: the CLI (sign-in.mjs) run as a real process with an
// automated user, and a code used twice against the mock API (RFC 6749 4.1.2).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createAuthorizationRequest, exchangeAuthorizationCode } from '@auth/oauth-token';
import { expect } from '@auth-example/client';
import { answerConsent } from './automated-user.mjs';

const CLI = fileURLToPath(new URL('./sign-in.mjs', import.meta.url));
const CLI_TIMEOUT_MS = 30_000;

/** Runs the CLI; resolves once it printed the URL to open, with that URL and its exit. */
function startCli(args) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const killer = setTimeout(() => child.kill(), CLI_TIMEOUT_MS);
  let output = '';
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve(code);
    }),
  );
  const url = new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      output += `${line}\n`;
      if (line.trim().startsWith('https://')) resolve(new URL(line.trim()));
    });
    exited.then((code) => reject(new Error(`the CLI exited (${code}) before printing a URL: ${output}`)));
  });
  return { url, exited, output: () => output };
}

/**
 * @param {{ api: URL, clientId: string }} options
 * @returns {Record<string, () => Promise<string>>}
 */
export function signInScenarios({ api, clientId }) {
  const me = (accessToken) =>
    fetch(new URL('/api/v2/users/me.json', api), { headers: { authorization: `Bearer ${accessToken}` } });

  return {
    'cli-sign-in': async () => {
      const dir = await mkdtemp(join(tmpdir(), 'auth-cli-'));
      const storePath = join(dir, 'tokens.json');
      try {
        const cli = startCli(['--store', storePath]);
        const url = await cli.url;
        const redirectUri = url.searchParams.get('redirect_uri');
        expect(
          /^http:\/\/127\.0\.0\.1:\d+\/callback$/.test(redirectUri),
          `not a loopback redirect: ${redirectUri}`,
        );
        expect(url.searchParams.get('code_challenge_method') === 'S256', 'not S256');
        const callback = await answerConsent(url); // the user presses Allow...
        const browser = await fetch(callback); // ...and the browser lands on the CLI's listener
        const shown = await browser.text();
        expect(
          browser.status === 200 && shown.includes('Signed in'),
          `the browser saw ${browser.status}: ${shown}`,
        );
        const code = await cli.exited;
        expect(code === 0, `the CLI exited ${code}: ${cli.output()}`);
        const saved = JSON.parse(await readFile(storePath, 'utf8'));
        expect(saved.accessToken && saved.refreshToken, 'the store holds no token set');
        const mode = (await stat(storePath)).mode & 0o777;
        expect(mode === 0o600, `the store is readable by others (${mode.toString(8)})`);
        const said = cli.output().match(/^Signed in as .*$/m)?.[0];
        expect(said, `the CLI said: ${cli.output()}`);
        return `${redirectUri}, S256, set saved (0600); "${said.replace(/; tokens saved.*/, '')}"`;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },

    'code-replayed': async () => {
      const redirectUri = 'http://127.0.0.1:49152/callback'; // the user agent stops at the redirect
      const { url, state, codeVerifier } = await createAuthorizationRequest({
        authorizationEndpoint: new URL('/oauth/authorizations/new', api),
        clientId,
        redirectUri,
      });
      const callbackUrl = await answerConsent(url);
      const options = {
        tokenEndpoint: new URL('/oauth/tokens', api),
        clientId,
        redirectUri,
        callbackUrl,
        state,
        codeVerifier,
      };
      const first = await exchangeAuthorizationCode(options);
      expect((await me(first.accessToken)).status === 200, 'the first token does not work');
      const again = await exchangeAuthorizationCode(options).then(
        () => undefined,
        (error) => error,
      );
      expect(again?.code === 'INVALID_GRANT', `the second use gave ${again?.code ?? 'tokens'}`);
      const after = await me(first.accessToken);
      expect(after.status === 401, `the first use's token still works (${after.status})`);
      return `second use ${again.code} (${again.oauthError}); the first use's token now ${after.status}`;
    },
  };
}
