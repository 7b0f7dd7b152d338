/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { TlsCheckError } from './errors.ts';
import { formatRuntimeReport, formatTlsReport } from './format.ts';
import { checkRuntime } from './node-check-runtime.ts';
import { checkTls } from './node-check-tls.ts';

/** What the CLI prints for `--help`, and after a usage error. */
export const USAGE = `Usage: auth-tls-check [options] <https-url>
       auth-tls-check --runtime [--json]

Connects once to the URL and reports the TLS version, cipher, ALPN, SNI and certificate,
with what to fix. Exit status: 0 when everything is fine, 1 when not, 2 on a usage error.

Options:
  --json               print the report as JSON
  --timeout <ms>       give up after this many milliseconds (default 10000)
  --ca <file>          also trust the CA certificates in this PEM file (repeatable)
  --min-version <v>    the lowest acceptable TLS version (default TLSv1.2)
  --runtime            report this runtime's TLS abilities and lowered defaults instead
  -h, --help           print this help`;

/** Where the CLI writes: standard output and standard error. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the CLI with `args` (without the program name); resolves to the exit status. */
export async function main(args: readonly string[], output: CliOutput): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    output.err(`auth-tls-check: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(USAGE);
    return 0;
  }
  if (values.runtime) {
    const report = checkRuntime();
    output.out(values.json ? JSON.stringify(report, null, 2) : formatRuntimeReport(report));
    return report.ok ? 0 : 1;
  }
  if (positionals.length !== 1) {
    output.err(`auth-tls-check: give exactly one URL, such as https://example.zendesk.com\n\n${USAGE}`);
    return 2;
  }
  try {
    const ca = await Promise.all((values.ca ?? []).map((file) => readFile(file, 'utf8')));
    const report = await checkTls(positionals[0] as string, {
      ca,
      ...(values.timeout === undefined ? {} : { timeoutMs: Number(values.timeout) }),
      ...(values['min-version'] === undefined ? {} : { minVersion: values['min-version'] }),
    });
    output.out(values.json ? JSON.stringify(report, null, 2) : formatTlsReport(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof TlsCheckError || typeof code === 'string') {
      output.err(`auth-tls-check: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      timeout: { type: 'string' },
      ca: { type: 'string', multiple: true },
      'min-version': { type: 'string' },
      runtime: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
