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

/**
 * Runs `script` (an ES module, already bundled) in a page of a loopback origin (a secure
 * context, as `crypto.subtle` needs) and waits until it sets `globalThis[resultName]`.
 * Resolves to `{ result, version, pageErrors }`; every step is bounded by `timeoutMs`, and
 * the browser is closed whatever happens (a hung one exits this process: callers run it in
 * a child process whose group is killed).
 */
export async function runInPage(script, { resultName, timeoutMs = 60_000, title = 'test' }) {
  const { createServer } = await import('node:http');
  const page = `<!doctype html><meta charset="utf-8"><title>${title}</title><script type="module" src="/script.js"></script>`;
  const server = createServer((request, response) => {
    const isScript = request.url === '/script.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(isScript ? script : page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bounded = (promise, what) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} did not finish within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };
  let browser;
  try {
    browser = await launchChromium();
    const tab = await bounded(browser.newPage(), 'opening a tab');
    const pageErrors = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`, { timeout: timeoutMs });
    await tab.waitForFunction((name) => globalThis[name] !== undefined, resultName, { timeout: timeoutMs });
    const result = await bounded(
      tab.evaluate((name) => globalThis[name], resultName),
      'reading the results',
    );
    return { result, version: browser.version(), pageErrors };
  } finally {
    server.close();
    await bounded(browser?.close() ?? Promise.resolve(), 'closing Chromium').catch((error) => {
      console.error(`chromium: ${error.message}`);
      process.exit(1); // the browser is hung: exiting ends the run; the caller kills the process group
    });
  }
}
