// What a fleet run shows, from its workers' results and the token endpoint's counts: calls,
// failed calls (by code), token requests, rotations, invalid_grant, and the latency that
// refreshes added to the calls they touched, beside one token and one Redis round trip.

/** The `p`-th percentile (0-100) of `values`, nearest rank; `undefined` for none. */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `{ a: 1 }` and `{ a: 2, b: 1 }` -> `{ a: 3, b: 1 }`. */
function addCounts(into, counts = {}) {
  for (const [name, count] of Object.entries(counts)) into[name] = (into[name] ?? 0) + count;
  return into;
}

/**
 * @param {{ workers: Array<{ runtime: string, client: string, code: number | null, result?: object }>,
 *   counts: { refreshRequests: number, rotations: number, invalidGrant: number } }} run
 */
export function summarise({ workers, counts }) {
  const results = workers.map((worker) => worker.result).filter(Boolean);
  const all = (field) => results.flatMap((result) => result[field]);
  const sum = (field) => results.reduce((total, result) => total + result[field], 0);
  const tokenMs = percentile(all('tokenMs'), 50);
  const redisMs = percentile(all('redisMs'), 50);
  const touched = all('touched');
  return {
    workers: workers.length,
    reported: results.length,
    mix: workers.map(({ runtime, client }) => `${runtime}/${client}`),
    calls: sum('calls'),
    failed: sum('failed'),
    failures: results.reduce((into, result) => addCounts(into, result.failures), {}),
    tokenRequests: counts.refreshRequests,
    rotations: counts.rotations,
    invalidGrant: counts.invalidGrant,
    perRotation: counts.rotations > 0 ? counts.refreshRequests / counts.rotations : undefined,
    touched: touched.length,
    addedP50: percentile(touched, 50),
    addedP99: percentile(touched, 99),
    tokenMs,
    tokenP99: percentile(all('tokenMs'), 99),
    redisMs,
    /** The goal for the p99 a refresh adds: 3x one token round trip plus one Redis round trip. */
    budgetMs: tokenMs === undefined || redisMs === undefined ? undefined : 3 * (tokenMs + redisMs),
  };
}
