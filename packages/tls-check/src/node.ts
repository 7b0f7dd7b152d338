// The entry for runtimes with sockets (the `node`, `bun` and `deno` conditions of `exports`):
// the same pure surface as the default entry, and a checkTls that performs a real handshake.
export { checkRuntime } from './node-check-runtime.ts';
export { checkTls } from './node-check-tls.ts';
export * from './shared.ts';
