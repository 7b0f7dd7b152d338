// Every `@example` in the JSDoc of src/*.ts and every ```ts block of the README runs here (see
// config/examples.ts for the `// => value` and `// throws CODE` conventions).
import { describe, expect, it } from 'vitest';
import { jsdocExamples, readmeExamples, readText, testExamples } from '../../../config/examples.ts';
import * as web from './index.ts';
import * as node from './node.ts';

describe('JSDoc @example blocks', () => {
  const examples = jsdocExamples(new URL('.', import.meta.url));

  it('cover every export of both entries', () => {
    const documented = examples.map(({ code }) => code).join('\n');
    for (const name of new Set([...Object.keys(web), ...Object.keys(node)]))
      expect(documented, name).toContain(name);
  });

  // The browser/Workers checkTls and checkRuntime live in web.ts; everything else runs in Node.
  testExamples(examples, (file) => (file === 'web.ts' ? web : node));
});

describe('README', () => {
  const readme = readText(new URL('../README.md', import.meta.url));
  const blocks = readmeExamples(new URL('../README.md', import.meta.url));

  it('has a section per export, a code per problem, and runnable examples', () => {
    for (const name of Object.keys(node)) expect(readme, name).toMatch(new RegExp(`^### ${name}\\b`, 'm'));
    for (const code of [
      'NOT_HTTPS',
      'DNS_FAILURE',
      'CONNECTION_REFUSED',
      'CONNECTION_FAILED',
      'TIMEOUT',
      'NOT_TLS',
      'HANDSHAKE_FAILED',
      'PROTOCOL_TOO_OLD',
      'CERT_UNTRUSTED',
      'CERT_WRONG_NAME',
      'CERT_EXPIRED',
      'CERT_NOT_YET_VALID',
      'CERT_WEAK',
      'TLS12_UNAVAILABLE',
      'NOT_MEASURED',
      'LEGACY_NOT_PROBED',
      'DEFAULTS_LOWERED',
      'UNKNOWN_TLS_VERSION',
      'INVALID_URL',
      'INVALID_HOST',
      'INVALID_OPTION',
    ]) {
      expect(readme, code).toContain(`| \`${code}\``);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  testExamples(blocks, node);
});
