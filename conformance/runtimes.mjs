// The eight runtimes every package is tested in, and how to start each one's runner.
// A runtime whose binary is missing is a failure, never a skip.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = here('./runners/cli.mjs');
const extraNode = (major) => here(`../runtimes/node_modules/node${major}/bin/node`);
const bin = (name) => here(`../node_modules/.bin/${name}`);

/** `{ name, command, args, missing? }`: `missing` explains how to install an absent runtime. */
export const runtimes = [
  {
    name: 'node20',
    command: process.execPath,
    args: [cli],
    missing: process.versions.node.startsWith('20.')
      ? undefined
      : `the Node.js running this script is ${process.version}, not 20: run the tests with the machine's Node 20`,
  },
  ...[22, 24, 26].map((major) => ({
    name: `node${major}`,
    command: extraNode(major),
    args: [cli],
    missing: existsSync(extraNode(major)) ? undefined : 'not installed: run `pnpm runtimes`',
  })),
  {
    name: 'deno',
    command: bin('deno'),
    args: ['run', '--allow-read', '--allow-env', '--allow-net', cli],
    missing: existsSync(bin('deno')) ? undefined : 'not installed: run `pnpm install`',
  },
  {
    name: 'bun',
    command: bin('bun'),
    args: [cli],
    missing: existsSync(bin('bun')) ? undefined : 'not installed: run `pnpm install`',
  },
  { name: 'chromium', command: process.execPath, args: [here('./runners/chromium.mjs')] },
  { name: 'workerd', command: process.execPath, args: [here('./runners/workerd.mjs')] },
];
