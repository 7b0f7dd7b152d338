// Runs the interop corpora (vectors/interop-*.js): each case's `ours` must be what the package
// does, and its `verdict` must be what `theirs` and `ours` say it is, so that the tally in the
// READMEs and the closing notes is the behaviour, not a claim.
import { assert } from './harness.js';

/** A stable code such as `WRONG_SCHEME`: how a case says that we refuse. */
const isCode = (value) => typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value);

/** Keys in order, so that two results compare as text. */
const canonical = (value) =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

/** What `fn` gives: its result mapped by `shape`, or the `code` of the error it throws. */
export function outcome(fn, shape = (result) => result) {
  try {
    return shape(fn());
  } catch (error) {
    return error?.code ?? String(error);
  }
}

/** The verdict that `theirs` (null: refused) and `ours` (a code: refused) make. */
export function verdictOf(theirs, ours) {
  const theyRefuse = theirs === null;
  const weRefuse = isCode(ours);
  if (weRefuse && !theyRefuse) return 'stricter';
  if (!weRefuse && theyRefuse) return 'looser';
  if (weRefuse || canonical(theirs) === canonical(ours)) return 'same';
  return 'different';
}

/** Checks every case of `groups` against `run(case)`, what the package does with it. */
export function checkCorpus(groups, run) {
  for (const { peer, source, cases } of groups) {
    assert.ok(source && /commit [0-9a-f]{40}$/.test(source), `${peer}: a source line with its commit`);
    for (const item of cases) {
      const where = `${peer} > ${item.title}`;
      assert.equal(canonical(run(item)), canonical(item.ours), where);
      assert.equal(verdictOf(item.theirs, item.ours), item.verdict, `${where}: the verdict`);
      if (item.verdict !== 'same')
        assert.ok(/RFC|API\.md|spec/.test(item.why ?? ''), `${where}: why, citing the spec`);
    }
  }
}
