// The runner for runtimes with a command line: Node (any major), Deno and Bun run this
// same file. Fixture addresses (live servers the orchestrator started) arrive in an
// environment variable, since every one of these runtimes has `process.env`.
import { runConformance } from '../all.js';
import { formatResult } from '../harness.js';
import { fixturesFromEnv } from './fixtures.mjs';

const { Deno, Bun } = globalThis;
const [runtime, version] = Deno
  ? ['deno', Deno.version.deno]
  : Bun
    ? ['bun', Bun.version]
    : ['node', process.versions.node];

const result = await runConformance({ runtime, fixtures: fixturesFromEnv() });
console.log(formatResult(`${runtime}-${version}`, result));
process.exitCode = result.failed > 0 ? 1 : 0;
