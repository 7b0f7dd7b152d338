/// <reference types="node" />
import process from 'node:process';
import tls from 'node:tls';
import { missingPermission } from './permission.ts';
import { socketRuntime } from './probe.ts';
import { type RuntimeFacts, runtimeReport } from './runtime-report.ts';
import type { RuntimeReport } from './types.ts';

/** Reads what `checkRuntime` judges from this process; Deno may refuse the environment. */
export function runtimeFacts(): RuntimeFacts {
  const { Deno, Bun } = globalThis as { Deno?: { version: { deno: string } }; Bun?: { version: string } };
  let env: { NODE_OPTIONS?: string | undefined; NODE_TLS_REJECT_UNAUTHORIZED?: string | undefined } = {};
  let envPermission: string | undefined;
  try {
    const { NODE_OPTIONS, NODE_TLS_REJECT_UNAUTHORIZED } = process.env;
    env = { NODE_OPTIONS, NODE_TLS_REJECT_UNAUTHORIZED };
  } catch (error) {
    // Deno without --allow-env: "Requires env access to "NODE_TLS_REJECT_UNAUTHORIZED", run again with the --allow-env flag".
    envPermission = missingPermission(error);
    if (envPermission === undefined) throw error;
  }
  return {
    runtime: socketRuntime(),
    version: Deno?.version.deno ?? Bun?.version ?? process.versions.node,
    defaultMinVersion: tls.DEFAULT_MIN_VERSION,
    defaultMaxVersion: tls.DEFAULT_MAX_VERSION,
    defaultCiphers: tls.DEFAULT_CIPHERS,
    execArgv: process.execArgv ?? [],
    nodeOptions: env.NODE_OPTIONS,
    rejectUnauthorized: env.NODE_TLS_REJECT_UNAUTHORIZED,
    envPermission,
  };
}

/**
 * Whether this runtime can speak TLS 1.2+ with SNI, and which of its TLS defaults were lowered:
 * `tls.DEFAULT_MIN_VERSION` below TLS 1.2 (`--tls-min-v1.0`, `--tls-min-v1.1`, on the command
 * line or in `NODE_OPTIONS`, or set by code), `tls.DEFAULT_MAX_VERSION` below TLS 1.3
 * (`--tls-max-v1.2`, or code; below TLS 1.2 makes `ok` false with `TLS12_UNAVAILABLE`),
 * `tls.DEFAULT_CIPHERS` below OpenSSL's default security level (`@SECLEVEL=0` through
 * `--tls-cipher-list` or code), and `NODE_TLS_REJECT_UNAUTHORIZED=0`, which turns certificate
 * checks off. Deno's TLS (rustls) always speaks TLS 1.2 and 1.3; without `--allow-env` a
 * `PERMISSION_DENIED` note names the flag that lets it read the environment.
 *
 * @example
 * ```ts
 * const { ok, runtime, tls12, sni } = checkRuntime();
 * [ok, runtime, tls12, sni]; // => [true, 'node', true, true]
 * // Under `node --tls-min-v1.0`, `lowered` is [{ setting: 'tls.DEFAULT_MIN_VERSION', value: 'TLSv1',
 * // source: '--tls-min-v1.0 on the command line' }] and a DEFAULTS_LOWERED note says to remove it.
 * ```
 */
export function checkRuntime(): RuntimeReport {
  return runtimeReport(runtimeFacts());
}
