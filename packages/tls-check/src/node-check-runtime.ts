/// <reference types="node" />
import process from 'node:process';
import tls from 'node:tls';
import { socketRuntime } from './probe.ts';
import { runtimeReport } from './runtime-report.ts';
import type { RuntimeReport } from './types.ts';

/**
 * Whether this runtime can speak TLS 1.2+ with SNI, and which of its TLS defaults were lowered:
 * `tls.DEFAULT_MIN_VERSION` below TLS 1.2 (`--tls-min-v1.0`, `--tls-min-v1.1`, on the command
 * line or in `NODE_OPTIONS`, or set by code), `tls.DEFAULT_MAX_VERSION` below TLS 1.3
 * (`--tls-max-v1.2`, or code; below TLS 1.2 makes `ok` false with `TLS12_UNAVAILABLE`), and
 * `NODE_TLS_REJECT_UNAUTHORIZED=0`, which turns certificate checks off. Deno's TLS (rustls)
 * always speaks TLS 1.2 and 1.3.
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
  const runtime = socketRuntime();
  const { Deno, Bun } = globalThis as { Deno?: { version: { deno: string } }; Bun?: { version: string } };
  const { NODE_OPTIONS, NODE_TLS_REJECT_UNAUTHORIZED } = process.env;
  return runtimeReport({
    runtime,
    version: Deno?.version.deno ?? Bun?.version ?? process.versions.node,
    defaultMinVersion: tls.DEFAULT_MIN_VERSION,
    defaultMaxVersion: tls.DEFAULT_MAX_VERSION,
    execArgv: process.execArgv ?? [],
    nodeOptions: NODE_OPTIONS,
    rejectUnauthorized: NODE_TLS_REJECT_UNAUTHORIZED,
  });
}
