import { defineConfig } from 'tsup';
import { packageBuild } from '../../config/tsup.ts';

// Keep `node:` specifiers: Deno needs them, and they mark the runtime-specific files.
const keepNodeProtocol = { removeNodeProtocol: false, external: [/^node:/] };

export default defineConfig([
  // The Web-standard default entry and the node/bun/deno entry, ESM with declarations.
  { ...packageBuild({ index: 'src/index.ts', node: 'src/node.ts' }), ...keepNodeProtocol },
  // The `auth-tls-check` command: one ESM file, nothing to declare.
  { ...packageBuild({ cli: 'src/cli.ts' }), ...keepNodeProtocol, format: ['esm'], dts: false, clean: false },
]);
