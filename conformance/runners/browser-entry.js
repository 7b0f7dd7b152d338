// Runs in the page: the results go where the Chromium runner reads them.
import { runConformance } from '../all.js';

// The fixtures the runner forwards (conformance/runners/chromium.mjs sets them before this runs).
const fixtures = globalThis.__conformanceFixtures ?? {};
globalThis.__conformance = runConformance({ runtime: 'chromium', fixtures }).catch((error) => ({
  passed: 0,
  failed: 1,
  failures: [{ title: 'the suite crashed', message: String(error?.stack ?? error) }],
  bySuite: {},
}));
