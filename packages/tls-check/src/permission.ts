// Deno refuses what its permissions do not allow with a `NotCapable` error (`PermissionDenied`
// before Deno 2) whose message names the flag: `Requires net access to "127.0.0.1:443", run
// again with the --allow-net flag`. A host name fails earlier, in its `node:dns` lookup, as
// `getaddrinfo EPERM localhost` with code `EPERM` and no flag named: that one needs --allow-net.
const FLAG = /--allow-[a-z]+/;

/** The Deno flag a refused operation needs (`--allow-net`...), or `undefined` for any other error. */
export function missingPermission(error: unknown): string | undefined {
  const { name, message, code } = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  if (name === 'NotCapable' || name === 'PermissionDenied') {
    return String(message).match(FLAG)?.[0] ?? 'the permission it names';
  }
  const { Deno } = globalThis as { Deno?: unknown };
  return Deno && code === 'EPERM' ? '--allow-net' : undefined;
}
