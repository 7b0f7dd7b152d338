// A `node --test` reporter for `pnpm test`: prints only failures and one closing line, and
// writes `{ passed, failed, failures }` as JSON to $AUTH_TEST_RESULTS/<package>.node-test.json,
// which scripts/test.mjs reads (no parsing of human output). scripts/test.mjs hands it to
// every `node --test` of the workspace through NODE_OPTIONS.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function packageName() {
  try {
    return JSON.parse(readFileSync('package.json', 'utf8')).name.replace('/', '+');
  } catch {
    return 'unnamed';
  }
}

export default async function* reporter(source) {
  const summary = { passed: 0, failed: 0, failures: [] };
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (type === 'test:pass') {
      summary.passed++;
      continue;
    }
    summary.failed++;
    const error = data.details?.error;
    const message = String(error?.cause?.message ?? error?.message ?? error);
    summary.failures.push({ title: data.name, file: data.file, message });
    yield `not ok - ${data.name}\n${message.replace(/^/gm, '    ')}\n`;
  }
  yield `node --test: ${summary.passed} passed, ${summary.failed} failed\n`;
  const folder = process.env.AUTH_TEST_RESULTS;
  if (folder) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${packageName()}.node-test.json`), JSON.stringify(summary));
  }
}
