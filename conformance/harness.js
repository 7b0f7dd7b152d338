// A test harness small enough to run unchanged in Node, Deno, Bun, a browser and workerd:
// plain ESM, no runtime API, no framework. Suites register tests; runners print results.

/** Thrown by the assertions below; carries what was expected for the report. */
export class AssertionFailure extends Error {
  name = 'AssertionFailure';
}

const show = (value) => {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
};

function isDeepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => isDeepEqual(a[k], b[k]));
}

/** Checks what a thrown value must be: the package's class, a code, words in (or not in) its text. */
function checkThrown(error, { name, code, includes = [], excludes = [] }) {
  if (!(error instanceof Error)) throw new AssertionFailure(`expected an Error, got ${show(error)}`);
  if (name !== undefined && error.name !== name) {
    throw new AssertionFailure(`expected a ${name}, got ${error.name}: ${error.message}`);
  }
  if (code !== undefined && error.code !== code) {
    throw new AssertionFailure(`expected code ${code}, got ${show(error.code)}: ${error.message}`);
  }
  const text = `${error.message} ${String(error)} ${JSON.stringify(error)}`;
  for (const word of includes) {
    if (!text.includes(word))
      throw new AssertionFailure(`expected the error to mention ${show(word)}: ${text}`);
  }
  for (const secret of excludes) {
    if (text.includes(secret))
      throw new AssertionFailure('the error text contains a secret it must never show');
  }
}

export const assert = {
  ok(value, message = `expected a truthy value, got ${show(value)}`) {
    if (!value) throw new AssertionFailure(message);
  },
  equal(actual, expected, message = '') {
    if (!Object.is(actual, expected)) {
      throw new AssertionFailure(
        `${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`,
      );
    }
  },
  deepEqual(actual, expected, message = '') {
    if (!isDeepEqual(actual, expected)) {
      throw new AssertionFailure(
        `${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`,
      );
    }
  },
  /** `expected`: `{ name, code, includes: [words], excludes: [secrets] }`. Returns the error. */
  throws(fn, expected = {}) {
    try {
      fn();
    } catch (error) {
      checkThrown(error, expected);
      return error;
    }
    throw new AssertionFailure(`expected a throw${expected.code ? ` with code ${expected.code}` : ''}`);
  },
  async rejects(fn, expected = {}) {
    try {
      await fn();
    } catch (error) {
      checkThrown(error, expected);
      return error;
    }
    throw new AssertionFailure(`expected a rejection${expected.code ? ` with code ${expected.code}` : ''}`);
  },
};

/**
 * Runs suites one test at a time. A suite is `(test, mod, context) => void` that calls
 * `test(title, fn)`; `mod` is the package's module namespace as the runtime imported it.
 * Returns `{ passed, failed, failures: [{ title, message }], bySuite: { name: { passed, failed } } }`.
 */
export async function runSuites(entries, context) {
  const result = { passed: 0, failed: 0, failures: [], bySuite: {} };
  for (const { name, suite, mod } of entries) {
    const tests = [];
    suite((title, fn) => tests.push({ title, fn }), mod, context);
    const tally = { passed: 0, failed: 0 };
    result.bySuite[name] = tally;
    if (tests.length === 0) {
      tally.failed += 1;
      result.failures.push({
        title: `${name}: the suite registered no test`,
        message: 'a suite must test something',
      });
    }
    for (const { title, fn } of tests) {
      try {
        await fn();
        tally.passed += 1;
      } catch (error) {
        tally.failed += 1;
        result.failures.push({ title: `${name} > ${title}`, message: error?.stack ?? String(error) });
      }
    }
    result.passed += tally.passed;
    result.failed += tally.failed;
  }
  return result;
}

/** The lines every runner prints, so that all eight runtimes read the same. */
export function formatResult(runtime, result) {
  const lines = [];
  for (const { title, message } of result.failures)
    lines.push(`  FAIL ${title}\n    ${message.replaceAll('\n', '\n    ')}`);
  for (const [name, { passed, failed }] of Object.entries(result.bySuite)) {
    lines.push(`  ${name}: ${passed} passed, ${failed} failed`);
  }
  lines.push(`${runtime}: ${result.passed} passed, ${result.failed} failed`);
  return lines.join('\n');
}

/**
 * A runner that got no results fails loudly: why (stderr), then a result line that counts it.
 * Returns 1, the exit code.
 */
export function reportNoResults(runtime, message) {
  console.error(`${runtime}: ${message}`);
  console.log(`${runtime}: 0 passed, 1 failed`);
  return 1;
}
