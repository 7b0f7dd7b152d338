// The one way this repository starts Chromium (Debian's, nothing downloaded), for the
// conformance runner, the browser example's driver and @auth/cors-policy's browser test.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium is: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Headless in a container or on CI: no sandbox, no GPU, no QUIC, no background traffic. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Launches headless Chromium with CHROMIUM_ARGS, then `options.args`; the rest of `options`
 * goes to playwright-core's `chromium.launch`. Throws, saying how to fix it, when the
 * binary is missing: a missing browser is a failure, never a skip.
 */
export async function launchChromium(options = {}) {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
