// Chromium runner (run with Node): bundles the suites for the `browser` condition, serves
// them from a loopback origin (a secure context, as `crypto.subtle` needs), and reads the
// results from the page. Chromium is Debian's; nothing is downloaded.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../config/chromium.mjs';
import { formatResult, reportNoResults } from '../harness.js';
import { bundle } from './bundle.mjs';

const script = await bundle(fileURLToPath(new URL('./browser-entry.js', import.meta.url)), ['browser']);
let browser;
try {
  browser = await launchChromium();
} catch (error) {
  reportNoResults('chromium', error.message);
  process.exit(1);
}

const page =
  '<!doctype html><meta charset="utf-8"><title>conformance</title><script type="module" src="/suite.js"></script>';
const server = createServer((request, response) => {
  const isScript = request.url === '/suite.js';
  response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
  response.end(isScript ? script : page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

// Every step is bounded: a hung page or browser fails the run instead of hanging it.
const TIMEOUT_MS = 60_000;
const bounded = (promise, what) => {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${TIMEOUT_MS / 1000} s`)),
      TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

try {
  const tab = await bounded(browser.newPage(), 'opening a tab');
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`, { timeout: TIMEOUT_MS });
  await tab.waitForFunction(() => globalThis.__conformance !== undefined, undefined, { timeout: TIMEOUT_MS });
  const result = await bounded(
    tab.evaluate(() => globalThis.__conformance),
    'reading the results',
  );
  for (const message of errors) result.failures.push({ title: 'uncaught page error', message });
  result.failed += errors.length;
  const version = browser.version();
  console.log(formatResult(`chromium-${version}`, result));
  process.exitCode = result.failed > 0 ? 1 : 0;
} catch (error) {
  process.exitCode = reportNoResults('chromium', `no results from the page: ${error.message}`);
} finally {
  await bounded(browser.close(), 'closing Chromium').catch((error) => {
    console.error(`chromium: ${error.message}`);
    process.exit(1); // the browser is hung: exiting ends the run; the caller kills the process group
  });
  server.close();
}
