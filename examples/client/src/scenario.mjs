// The scenario runner: each scenario is a function that returns a one-line detail, or throws.

/** Runs one scenario, timed: `{ scenario, ok, ms, detail }` (a throw gives `ok: false`, its message). */
export async function runScenario(name, run) {
  const started = performance.now();
  let ok = true;
  let detail;
  try {
    detail = await run();
  } catch (error) {
    ok = false;
    detail = error.message;
  }
  return { scenario: name, ok, ms: Math.round(performance.now() - started), detail };
}

/** Runs one scenario and prints `{ scenario, ok, ms, detail }` as a JSON line; returns it. */
export async function scenario(name, run) {
  const result = await runScenario(name, run);
  console.log(JSON.stringify(result));
  return result;
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
