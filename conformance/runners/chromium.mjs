// Chromium runner (run with Node): bundles the suites for the `browser` condition, serves
// them from a loopback origin (a secure context, as `crypto.subtle` needs), and reads the
// results from the page. Chromium is Debian's; nothing is downloaded.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../config/chromium.mjs';
import { formatResult } from '../harness.js';
import { bundle } from './bundle.mjs';

const script = await bundle(fileURLToPath(new URL('./browser-entry.js', import.meta.url)), ['browser']);
let browser;
try {
  browser = await launchChromium();
} catch (error) {
  console.error(`chromium: ${error.message}`);
  console.log('chromium: 0 passed, 1 failed');
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

try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => globalThis.__conformance !== undefined, undefined, { timeout: 60_000 });
  const result = await tab.evaluate(() => globalThis.__conformance);
  for (const message of errors) result.failures.push({ title: 'uncaught page error', message });
  result.failed += errors.length;
  const version = browser.version();
  console.log(formatResult(`chromium-${version}`, result));
  process.exitCode = result.failed > 0 ? 1 : 0;
} finally {
  await browser.close();
  server.close();
}
