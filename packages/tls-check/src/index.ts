// The default entry (browsers, Workers, any Web-standard runtime): Web-standard globals only.
// Node, Bun and Deno resolve `@auth/tls-check` to ./node.ts through the `exports` conditions.
export * from './shared.ts';
export { checkRuntime, checkTls } from './web.ts';
