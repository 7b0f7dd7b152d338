import type { SocketRuntime } from './probe.ts';
import type { LoweredSetting, RuntimeReport, TlsProblem } from './types.ts';
import { parseTlsVersion, type TlsVersion, tlsVersionRank } from './version.ts';

/** What `checkRuntime` reads from the process, gathered apart so that the logic stays pure. */
export interface RuntimeFacts {
  runtime: SocketRuntime;
  version: string;
  /** `tls.DEFAULT_MIN_VERSION` and `tls.DEFAULT_MAX_VERSION`. */
  defaultMinVersion: unknown;
  defaultMaxVersion: unknown;
  /** `process.execArgv`. */
  execArgv: readonly string[];
  /** `process.env.NODE_OPTIONS`. */
  nodeOptions: string | undefined;
  /** `process.env.NODE_TLS_REJECT_UNAUTHORIZED`. */
  rejectUnauthorized: string | undefined;
}

// Node's flags that set the TLS defaults, by the version they set.
const MIN_FLAGS: Partial<Record<TlsVersion, string>> = {
  TLSv1: '--tls-min-v1.0',
  'TLSv1.1': '--tls-min-v1.1',
};
const MAX_FLAGS: Partial<Record<TlsVersion, string>> = { 'TLSv1.2': '--tls-max-v1.2' };

// NODE_OPTIONS is a space-separated list (Node's docs: "space-separated list of command-line options").
const SPACES = /\s+/;

const version = (value: unknown): TlsVersion | null => {
  try {
    return parseTlsVersion(value as string);
  } catch {
    return null;
  }
};

/** Which flag set a default, from where: the command line wins over NODE_OPTIONS; else code did. */
function sourceOf(flag: string | undefined, facts: RuntimeFacts): string {
  if (flag && facts.execArgv.includes(flag)) return `${flag} on the command line`;
  if (flag && (facts.nodeOptions ?? '').split(SPACES).includes(flag)) return `${flag} in NODE_OPTIONS`;
  return 'set by code';
}

/** The runtime report for these facts (see `checkRuntime`). */
export function runtimeReport(facts: RuntimeFacts): RuntimeReport {
  // Deno's TLS is rustls: TLS 1.2 and 1.3, whatever node:tls's defaults say.
  const deno = facts.runtime === 'deno';
  const minVersion = deno ? 'TLSv1.2' : version(facts.defaultMinVersion);
  const maxVersion = deno ? 'TLSv1.3' : version(facts.defaultMaxVersion);
  const lowered: LoweredSetting[] = [];
  if (minVersion && tlsVersionRank(minVersion) < 3) {
    const source = sourceOf(MIN_FLAGS[minVersion], facts);
    lowered.push({ setting: 'tls.DEFAULT_MIN_VERSION', value: minVersion, source });
  }
  if (maxVersion && tlsVersionRank(maxVersion) < 4) {
    const source = sourceOf(MAX_FLAGS[maxVersion], facts);
    lowered.push({ setting: 'tls.DEFAULT_MAX_VERSION', value: maxVersion, source });
  }
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
    notes:
      lowered.length === 0
        ? []
        : [
            {
              code: 'DEFAULTS_LOWERED',
              message: `TLS defaults were lowered: ${lowered
                .map(({ setting, value, source }) => `${setting} = ${value} (${source})`)
                .join(', ')}; remove these settings unless a legacy server truly needs them`,
            },
          ],
  };
}
