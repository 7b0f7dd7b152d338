// The release check's browser run: the scratch project's smoke checks bundled by esbuild as
// a user's bundler would (`browser` condition, from its node_modules), in one page of
// Debian's Chromium. Usage: node chromium.mjs <scratch folder>
import { join } from 'node:path';
import { build } from 'esbuild';
import { runInPage } from '../../config/chromium.mjs';

const scratch = process.argv[2];
const bundled = await build({
  entryPoints: [join(scratch, 'browser.mjs')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['browser'],
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const { result, version, pageErrors } = await runInPage(bundled.outputFiles[0].text, {
  resultName: '__smoke',
  title: 'release check',
});
for (const message of pageErrors) console.log(`  FAIL uncaught page error: ${message}`);
console.log(`chromium ${version}`);
console.log(result.text);
process.exitCode = result.failed > 0 || pageErrors.length > 0 ? 1 : 0;
