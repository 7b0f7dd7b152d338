// The runtimes every package is tested in, and how to start each one's runner.
// A runtime whose binary is missing is a failure, never a skip.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = here('./runners/cli.mjs');
const workerd = here('./runners/workerd.mjs');
const extraNode = (major) => here(`../runtimes/node_modules/node${major}/bin/node`);
const bin = (name) => here(`../node_modules/.bin/${name}`);

/** The script that installs Node 22/24/26 into runtimes/ (cached there; a no-op when present). */
export const INSTALL_EXTRA_NODES = here('../scripts/install-runtimes.sh');

/**
 * `{ name, command, args, installs?, missing? }`. `installs` names the script that fetches
 * the runtime when a run needs it; `missing?.()` explains how to get an absent runtime, or
 * returns undefined when it is there (asked after any install).
 */
export const runtimes = [
  {
    name: 'node20',
    command: process.execPath,
    args: [cli],
    missing: () =>
      process.versions.node.startsWith('20.')
        ? undefined
        : `the Node.js running this script is ${process.version}, not 20: run the tests with the machine's Node 20`,
  },
  ...[22, 24, 26].map((major) => ({
    name: `node${major}`,
    command: extraNode(major),
    args: [cli],
    installs: INSTALL_EXTRA_NODES,
    missing: () => (existsSync(extraNode(major)) ? undefined : 'not installed: run `pnpm runtimes`'),
  })),
  {
    name: 'deno',
    command: bin('deno'),
    args: ['run', '--allow-read', '--allow-env', '--allow-net', cli],
    missing: () => (existsSync(bin('deno')) ? undefined : 'not installed: run `pnpm install`'),
  },
  {
    name: 'bun',
    command: bin('bun'),
    args: [cli],
    missing: () => (existsSync(bin('bun')) ? undefined : 'not installed: run `pnpm install`'),
  },
  { name: 'chromium', command: process.execPath, args: [here('./runners/chromium.mjs')] },
  // Workers run twice: with no compatibility flag, and with nodejs_compat (as jose's CI does),
  // so the default entries are proven to need no Node builtin either way.
  { name: 'workerd', command: process.execPath, args: [workerd] },
  {
    name: 'workerd+nodejs_compat',
    command: process.execPath,
    args: [workerd, '--compatibility-flag=nodejs_compat'],
  },
];
