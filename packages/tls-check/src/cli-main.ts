/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import packageJson from '../package.json' with { type: 'json' };
import { fail, TlsCheckError } from './errors.ts';
import { formatRuntimeReport, formatTlsReport } from './format.ts';
import { checkRuntime, runtimeFacts } from './node-check-runtime.ts';
import { checkTls } from './node-check-tls.ts';
import { checkCertificatePem } from './pem.ts';
import { missingPermission } from './permission.ts';
import { tlsVersionRank } from './version.ts';

/** What the CLI prints for `--help`. */
export const USAGE = `Usage: auth-tls-check [options] <https-url>
       auth-tls-check --runtime [--json]

Connects to the URL as this runtime's default client would and reports the TLS version,
cipher, ALPN, SNI and certificate, with what to fix. Exit status: 0 when everything is fine,
1 when not, 2 when the command itself is wrong (an option, the URL, a CA file, a missing
Deno permission). Under Bun, run it with bunx --bun (without --bun, its shebang runs Node).

Options:
  --json               print the report as JSON
  --timeout <ms>       give up after this many milliseconds (default 10000)
  --ca <file>          also trust the CA certificates in this PEM file (repeatable)
  --min-version <v>    the lowest acceptable TLS version (default TLSv1.2)
  --runtime            report this runtime's TLS abilities and lowered defaults instead
  --version            print the version of auth-tls-check and of the runtime running it
  -h, --help           print this help`;

const HINT = 'run auth-tls-check --help for the options';

/** Where the CLI writes: standard output and standard error. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** The command line, read: what to do, or the usage error that stops it. */
interface Invocation {
  json: boolean;
  runtime: boolean;
  help: boolean;
  version: boolean;
  timeout: string | undefined;
  ca: string[];
  minVersion: string | undefined;
  urls: string[];
}

// The options that take a value, with an example of one for messages.
const VALUE_EXAMPLES: Record<string, string> = {
  '--timeout': '--timeout 5000',
  '--ca': '--ca ca.pem',
  '--min-version': '--min-version TLSv1.2',
};
const SWITCHES = new Set(['--json', '--runtime', '--help', '-h', '--version']);

// setTimeout's largest delay (a signed 32-bit count of milliseconds), as `timeoutMs` allows.
const MAX_TIMEOUT_MS = 2147483647;

/** Reads `args`; returns what to do, or the message of a usage error (it names the flag and the fix). */
function parse(args: readonly string[]): Invocation | string {
  const invocation: Invocation = {
    json: false,
    runtime: false,
    help: false,
    version: false,
    timeout: undefined,
    ca: [],
    minVersion: undefined,
    urls: [],
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--') {
      invocation.urls.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      invocation.urls.push(arg);
      continue;
    }
    // `--name=value` or `--name value`; the value is never echoed in a message (it may be a URL).
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const example = VALUE_EXAMPLES[name];
    if (SWITCHES.has(name)) {
      if (equals > 0) return `${name} takes no value; write ${name} alone`;
      const key = name === '-h' ? 'help' : (name.slice(2) as 'json' | 'runtime' | 'help' | 'version');
      invocation[key] = true;
    } else if (example !== undefined) {
      const value = equals > 0 ? arg.slice(equals + 1) : args[++index];
      if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) {
        return `${name} needs a value, such as ${example}`;
      }
      if (name === '--ca') invocation.ca.push(value);
      else if (name === '--timeout') invocation.timeout = value;
      else invocation.minVersion = value;
    } else {
      return `${name} is not an option of auth-tls-check; ${HINT}`;
    }
  }
  return invocation;
}

/** A `--timeout` value as milliseconds, or the usage error. */
function timeoutMs(value: string): number | string {
  const ms = Number(value);
  return /^\d+$/.test(value) && ms > 0 && ms <= MAX_TIMEOUT_MS
    ? ms
    : `--timeout ${value} is not a number of milliseconds; pass a whole number above 0, such as --timeout 5000`;
}

/** The text of a `--ca` file, checked to hold PEM certificates; or the usage error. */
async function readCa(file: string): Promise<string> {
  const flag = `--ca ${file}`;
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const { code } = error as { code?: unknown };
    const permission = missingPermission(error);
    fail(
      'INVALID_OPTION',
      permission
        ? `${flag} cannot be read without permission: run deno with ${permission} (or ${permission}=${file})`
        : code === 'ENOENT'
          ? `${flag}: no such file; check the path`
          : code === 'EISDIR'
            ? `${flag} is a folder; pass the PEM file of the CA certificate`
            : `${flag} cannot be read (${String(code)}); check the path and its permissions`,
    );
  }
  checkCertificatePem(
    text,
    flag,
    'pass a PEM file (convert a DER one with: openssl x509 -inform der -in FILE -out ca.pem)',
  );
  return text;
}

/** Runs the CLI with `args` (without the program name); resolves to the exit status. */
export async function main(args: readonly string[], output: CliOutput): Promise<number> {
  const invocation = parse(args);
  const usageError = (message: string): number => {
    output.err(`auth-tls-check: ${message}`);
    return 2;
  };
  if (typeof invocation === 'string') return usageError(invocation);
  const { json, urls } = invocation;
  if (invocation.help) {
    output.out(USAGE);
    return 0;
  }
  if (invocation.version) {
    const { runtime, version: runtimeVersion } = runtimeFacts();
    output.out(`auth-tls-check ${packageJson.version} (@auth/tls-check) on ${runtime} ${runtimeVersion}`);
    return 0;
  }
  if (invocation.runtime) {
    const report = checkRuntime();
    output.out(json ? JSON.stringify(report, null, 2) : formatRuntimeReport(report));
    return report.ok ? 0 : 1;
  }
  if (urls.length !== 1) {
    return usageError(
      urls.length === 0
        ? 'give the URL to check, such as https://example.zendesk.com'
        : `give one URL, not ${urls.length}; check them one at a time`,
    );
  }
  const [url] = urls as [string];
  if (!url.includes('://')) {
    return usageError(
      'the URL has no scheme; write https:// in front of the host, such as https://example.zendesk.com',
    );
  }
  const timeout = invocation.timeout === undefined ? undefined : timeoutMs(invocation.timeout);
  if (typeof timeout === 'string') return usageError(timeout);
  try {
    if (invocation.minVersion !== undefined)
      tlsVersionRank(invocation.minVersion, `--min-version ${invocation.minVersion}`);
    const ca = await Promise.all(invocation.ca.map(readCa));
    const report = await checkTls(url, {
      ca,
      // Without --timeout, checkTls's own default (10000 ms).
      ...(timeout === undefined ? {} : { timeoutMs: timeout }),
      ...(invocation.minVersion === undefined ? {} : { minVersion: invocation.minVersion }),
    });
    output.out(json ? JSON.stringify(report, null, 2) : formatTlsReport(report));
    // A check the runtime did not let run is the command's fault, not the server's.
    if (report.problems.some(({ code }) => code === 'PERMISSION_DENIED')) return 2;
    return report.ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TlsCheckError)) throw error;
    return usageError(error.message.replace('[@auth/tls-check] ', ''));
  }
}
