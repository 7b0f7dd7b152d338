// The portable conformance suite (conformance/suites/cors-policy.js and its vectors), run here
// against the source under vitest: one source of vectors for the unit tests and for the eight
// runtimes, and the source's coverage counted from them. The unit tests beside each file add
// what only Node can show (exact messages, inspect output, real fetch() responses, undici).
import { describe, it } from 'vitest';
import suite from '../../../conformance/suites/cors-policy.js';
import * as index from './index.ts';

describe('conformance suite', () => {
  suite((title: string, fn: () => unknown) => it(title, fn), index, { runtime: 'node' });
});
