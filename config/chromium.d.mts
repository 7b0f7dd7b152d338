import type { Browser, LaunchOptions } from 'playwright-core';

/** Where Chromium is: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export declare function chromiumPath(): string;

/** Headless in a container or on CI: no sandbox, no GPU, no QUIC, no background traffic. */
export declare const CHROMIUM_ARGS: readonly string[];

/**
 * Launches headless Chromium with CHROMIUM_ARGS, then `options.args`; the rest of `options`
 * goes to playwright-core's `chromium.launch`. Rejects, saying how to fix it, when the
 * binary is missing.
 */
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;

/**
 * Runs `script` (a bundled ES module) in a page of a loopback origin and waits until it sets
 * `globalThis[resultName]`; closes the browser whatever happens.
 */
export declare function runInPage<T = unknown>(
  script: string,
  options: { resultName: string; timeoutMs?: number; title?: string },
): Promise<{ result: T; version: string; pageErrors: string[] }>;
