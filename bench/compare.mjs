// Side-by-side timing that survives a noisy, shared machine: every candidate is measured
// in turn, round after round (interleaved), and each one's median over the rounds is
// compared with ours. Ratios, not absolute times, are what the READMEs report.
import { do_not_optimize, measure } from 'mitata';

const runtime = globalThis.Deno
  ? `deno ${globalThis.Deno.version.deno}`
  : globalThis.Bun
    ? `bun ${globalThis.Bun.version}`
    : `node ${process.versions.node}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const formatNs = (ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);

/**
 * `candidates`: `{ name: fn }`, ours first. `goals`: `{ anchorName: minimumRatio }`, where the
 * ratio is the anchor's time over ours (2 = we are twice as fast). Prints a table; returns rows.
 */
export async function compare(title, candidates, { goals = {}, rounds = 7, cpuTimeNs = 60e6 } = {}) {
  const names = Object.keys(candidates);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const fn = candidates[name];
      // An async candidate is timed until its promise settles, not until it is created.
      const timed = () => {
        const result = fn();
        return result instanceof Promise ? result.then(do_not_optimize) : do_not_optimize(result);
      };
      const stats = await measure(timed, { min_cpu_time: cpuTimeNs });
      times[name].push(stats.avg);
    }
  }
  const [ours] = names;
  const oursNs = median(times[ours]);
  console.log(`\n${title}  (${runtime}, median of ${rounds} interleaved rounds)`);
  const rows = names.map((name) => {
    const ns = median(times[name]);
    const ratio = ns / oursNs;
    const goal = goals[name];
    const verdict =
      goal === undefined ? '' : ratio >= goal ? `goal >= ${goal}x: met` : `goal >= ${goal}x: MISSED`;
    return { name, ns, ratio, verdict };
  });
  const width = Math.max(...names.map((n) => n.length));
  for (const { name, ns, ratio, verdict } of rows) {
    const label = name === ours ? 'ours' : `ours is ${ratio.toFixed(2)}x its speed`;
    console.log(`  ${name.padEnd(width)}  ${formatNs(ns).padStart(10)}/op  ${label}  ${verdict}`);
  }
  return rows;
}

/**
 * Prints the most any candidate could reach against `anchor`, given the time of `floor` (work
 * every candidate must do, timed alone): the anchor's time over the floor's. `rows` as
 * `compare` returns them.
 */
export function printCeiling(rows, anchor, floor) {
  const time = Object.fromEntries(rows.map(({ name, ns }) => [name, ns]));
  console.log(
    `  at best ${(time[anchor] / time[floor]).toFixed(2)}x ${anchor}'s speed here: its time over the floor's`,
  );
}
