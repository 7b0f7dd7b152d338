/** The runtimes with sockets that a test can start a process of. */
export type SocketRuntimeName = 'node20' | 'node22' | 'node24' | 'node26' | 'bun' | 'deno';

export const NODE_ENTRY: string;
export const CLI: string;
export const RUNTIMES: Record<SocketRuntimeName, string[]>;

export interface RunOptions {
  flags?: string[];
  args?: string[];
  env?: Record<string, string>;
}

export function runFile(
  runtime: SocketRuntimeName,
  file: string,
  options?: RunOptions,
): Promise<{ code: number | null; stdout: string; stderr: string }>;

export function runModule(runtime: SocketRuntimeName, code: string, options?: RunOptions): Promise<unknown>;
