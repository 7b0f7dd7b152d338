import { describe } from 'vitest';
import { testLinearRegExps } from '../../../config/linear-regexps.ts';

describe('linear time, without a clock', () => testLinearRegExps(new URL('./', import.meta.url)));
