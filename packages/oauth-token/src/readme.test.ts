// Every `// => value` and `// throws CODE` of the README's and the JSDoc's ```ts blocks runs here
// (see config/examples.ts), each README example against its own fake Zendesk (`zendeskForTests`);
// and the README documents every export, every option and every code.
import { describe, expect, it } from 'vitest';
import { claims, jsdocExamples, readmeExamples, readText, testExamples } from '../../../config/examples.ts';
import { testZendesk } from '../test/readme-zendesk.ts';
import * as backoff from './backoff.ts';
import * as connection from './connection-failed.ts';
import * as index from './index.ts';
import * as sanitize from './sanitize.ts';
import * as window from './window.ts';

const README = new URL('../README.md', import.meta.url);
const readme = readText(README);

describe('README code blocks', () => {
  // The Redis store's examples need a Redis: src/redis-readme.test.ts runs them.
  const blocks = readmeExamples(README).filter(
    ({ code }) => claims(code) && !code.includes('redisTokenStore'),
  );
  it('has examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(18);
    expect(blocks.reduce((sum, { code }) => sum + claims(code), 0)).toBeGreaterThan(50);
  });
  testExamples(blocks, () => ({ ...index, zendeskForTests: testZendesk() }));
});

describe('JSDoc @example blocks', () => {
  // The JSDoc also documents internal helpers: their examples run with their modules' exports.
  const examples = jsdocExamples(new URL('.', import.meta.url)).filter(
    ({ code, file }) => claims(code) && !file.startsWith('redis'),
  );
  it('has examples to check', () => {
    expect(examples.reduce((sum, { code }) => sum + claims(code), 0)).toBeGreaterThan(20);
  });
  testExamples(examples, { ...backoff, ...connection, ...sanitize, ...window, ...index });
});

describe('README documents the whole surface', () => {
  it('has a section per export', () => {
    for (const name of Object.keys(index)) expect(readme).toMatch(new RegExp(`^### \`${name}\\b`, 'm'));
    for (const method of ['token', 'authorization', 'fetch', 'invalidate', 'refresh', 'state', 'close']) {
      expect(readme).toMatch(new RegExp(`^### \`source\\.${method}\\b`, 'm'));
    }
  });

  it('lists every option in the options table', () => {
    const options = [
      'tokenEndpoint',
      'grant',
      'tokens',
      'store',
      'format',
      'clientAuth',
      'refreshWindowMs',
      'timeoutMs',
      'fetch',
      'now',
      'onEvent',
      'authorizationEndpoint',
    ] satisfies (keyof index.TokenSourceOptions)[];
    for (const option of options) expect(readme).toMatch(new RegExp(`^\\| \`${option}\` +\\|`, 'm'));
  });

  it('lists every code in the codes table, as errors.ts does', () => {
    const source = readText(new URL('./errors.ts', import.meta.url));
    const codes = [...source.matchAll(/^ {2}\| '([A-Z_]+)'/gm)].map(([, code]) => code);
    expect(codes).toHaveLength(24);
    for (const code of codes) expect(readme).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'));
  });

  it('lists every event type', () => {
    for (const type of [
      'refresh-start',
      'refresh-ok',
      'refresh-failed',
      'persist-failed',
      'adopted',
      'reauth-required',
    ]) {
      expect(readme).toMatch(new RegExp(`^\\| \`${type}\` +\\|`, 'm'));
    }
  });
});
