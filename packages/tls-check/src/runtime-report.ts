import type { SocketRuntime } from './probe.ts';
import type { LoweredSetting, RuntimeReport, TlsNote, TlsProblem } from './types.ts';
import { type TlsVersion, tlsVersionRank, versionOrNull } from './version.ts';

/** What `checkRuntime` reads from the process, gathered apart so that the logic stays pure. */
export interface RuntimeFacts {
  runtime: SocketRuntime;
  version: string;
  /** `tls.DEFAULT_MIN_VERSION`, `tls.DEFAULT_MAX_VERSION` and `tls.DEFAULT_CIPHERS`. */
  defaultMinVersion: unknown;
  defaultMaxVersion: unknown;
  defaultCiphers: unknown;
  /** `process.execArgv`. */
  execArgv: readonly string[];
  /** `process.env.NODE_OPTIONS`. */
  nodeOptions: string | undefined;
  /** `process.env.NODE_TLS_REJECT_UNAUTHORIZED`. */
  rejectUnauthorized: string | undefined;
  /** The Deno flag that reading the environment needs, when it was refused (`--allow-env`). */
  envPermission: string | undefined;
}

// Node's flags that set the TLS defaults, by the version they set.
const MIN_FLAGS: Partial<Record<TlsVersion, string>> = {
  TLSv1: '--tls-min-v1.0',
  'TLSv1.1': '--tls-min-v1.1',
};
const MAX_FLAGS: Partial<Record<TlsVersion, string>> = { 'TLSv1.2': '--tls-max-v1.2' };
const CIPHERS_FLAG = '--tls-cipher-list';

// NODE_OPTIONS is a space-separated list (Node's docs: "space-separated list of command-line options").
const SPACES = /\s+/;

// OpenSSL's cipher-string command that sets the security level (SSL_CTX_set_security_level(3)):
// level 0 permits everything (TLS 1.0, SHA-1 signatures, 512-bit keys). Runtimes default to 1
// (Node 20, 22) or 2 (Node 24 and later), so only 0 is below every default.
const SECURITY_LEVEL_0 = /@SECLEVEL=0/;

/** Which flag set a default, from where: the command line wins over NODE_OPTIONS; else code did. */
function sourceOf(flag: string | undefined, facts: Pick<RuntimeFacts, 'execArgv' | 'nodeOptions'>): string {
  const given = (args: readonly string[]) => args.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (flag && given(facts.execArgv)) return `${flag} on the command line`;
  if (flag && given((facts.nodeOptions ?? '').split(SPACES))) return `${flag} in NODE_OPTIONS`;
  return 'set by code';
}

/**
 * The TLS defaults a connection takes from the runtime that were lowered: versions below TLS 1.2
 * to 1.3, a cipher list below the default security level. Deno's TLS is rustls, which these do not touch.
 */
export function loweredDefaults(
  facts: Pick<
    RuntimeFacts,
    'runtime' | 'defaultMinVersion' | 'defaultMaxVersion' | 'defaultCiphers' | 'execArgv' | 'nodeOptions'
  >,
): LoweredSetting[] {
  if (facts.runtime === 'deno') return [];
  const lowered: LoweredSetting[] = [];
  const minVersion = versionOrNull(facts.defaultMinVersion);
  const maxVersion = versionOrNull(facts.defaultMaxVersion);
  if (minVersion && tlsVersionRank(minVersion) < 3) {
    const source = sourceOf(MIN_FLAGS[minVersion], facts);
    lowered.push({ setting: 'tls.DEFAULT_MIN_VERSION', value: minVersion, source });
  }
  if (maxVersion && tlsVersionRank(maxVersion) < 4) {
    const source = sourceOf(MAX_FLAGS[maxVersion], facts);
    lowered.push({ setting: 'tls.DEFAULT_MAX_VERSION', value: maxVersion, source });
  }
  const ciphers = String(facts.defaultCiphers);
  if (SECURITY_LEVEL_0.test(ciphers)) {
    lowered.push({ setting: 'tls.DEFAULT_CIPHERS', value: ciphers, source: sourceOf(CIPHERS_FLAG, facts) });
  }
  return lowered;
}

/** The runtime report for these facts (see `checkRuntime`). */
export function runtimeReport(facts: RuntimeFacts): RuntimeReport {
  // Deno's TLS is rustls: TLS 1.2 and 1.3, whatever node:tls's defaults say.
  const deno = facts.runtime === 'deno';
  const minVersion = deno ? 'TLSv1.2' : versionOrNull(facts.defaultMinVersion);
  const maxVersion = deno ? 'TLSv1.3' : versionOrNull(facts.defaultMaxVersion);
  const lowered = loweredDefaults(facts);
  if (facts.rejectUnauthorized === '0') {
    lowered.push({ setting: 'NODE_TLS_REJECT_UNAUTHORIZED', value: '0', source: 'environment' });
  }
  // An unreadable default (null) is no evidence of a lowered one.
  const tls12 = maxVersion === null || tlsVersionRank(maxVersion) >= 3;
  const problems: TlsProblem[] = tls12
    ? []
    : [
        {
          code: 'TLS12_UNAVAILABLE',
          message: `this runtime's highest TLS version is ${maxVersion}, so it cannot connect to a TLS 1.2+ server: tls.DEFAULT_MAX_VERSION was lowered (${
            lowered.find((entry) => entry.setting === 'tls.DEFAULT_MAX_VERSION')?.source
          }); remove that setting`,
        },
      ];
  const notes: TlsNote[] = [];
  if (lowered.length > 0) {
    notes.push({
      code: 'DEFAULTS_LOWERED',
      message: `TLS defaults were lowered: ${lowered
        .map(({ setting, value, source }) => `${setting} = ${value} (${source})`)
        .join(', ')}; remove these settings unless a legacy server truly needs them`,
    });
  }
  if (facts.envPermission !== undefined) {
    notes.push({
      code: 'PERMISSION_DENIED',
      message: `could not read NODE_OPTIONS and NODE_TLS_REJECT_UNAUTHORIZED, so whether certificate checks were turned off is unknown: run deno with ${facts.envPermission} (or ${facts.envPermission}=NODE_OPTIONS,NODE_TLS_REJECT_UNAUTHORIZED)`,
    });
  }
  return {
    ok: tls12,
    runtime: facts.runtime,
    version: facts.version,
    measured: true,
    tls12,
    sni: true,
    minVersion,
    maxVersion,
    lowered,
    problems,
    notes,
  };
}
