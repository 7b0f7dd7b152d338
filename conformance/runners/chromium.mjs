// Chromium runner (run with Node): bundles the suites for the `browser` condition, serves
// them from a loopback origin (a secure context, as `crypto.subtle` needs), and reads the
// results from the page. Chromium is Debian's; nothing is downloaded. The page gets the
// fixtures it can use from AUTH_CONFORMANCE_FIXTURES.
import { fileURLToPath } from 'node:url';
import { runInPage } from '../../config/chromium.mjs';
import { formatResult, reportNoResults } from '../harness.js';
import { bundle } from './bundle.mjs';
import { webFixtures } from './fixtures.mjs';

const script = await bundle(fileURLToPath(new URL('./browser-entry.js', import.meta.url)), ['browser']);
const fixtures = webFixtures();
try {
  const { result, version, pageErrors } = await runInPage(
    `globalThis.__conformanceFixtures = ${JSON.stringify(fixtures)};\n${script}`,
    {
      resultName: '__conformance',
      title: 'conformance',
    },
  );
  for (const message of pageErrors) result.failures.push({ title: 'uncaught page error', message });
  result.failed += pageErrors.length;
  console.log(formatResult(`chromium-${version}`, result));
  process.exitCode = result.failed > 0 ? 1 : 0;
} catch (error) {
  process.exitCode = reportNoResults('chromium', `no results from the page: ${error.message}`);
}
