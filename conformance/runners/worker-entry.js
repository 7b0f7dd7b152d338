// Runs inside workerd: a Worker whose fetch handler runs every suite and answers JSON.
import { runConformance } from '../all.js';

export default {
  // `env.FIXTURES`: the fixtures a Worker can use, JSON (conformance/runners/workerd.mjs).
  async fetch(_request, env) {
    try {
      const fixtures = JSON.parse(env.FIXTURES ?? '{}');
      return Response.json(await runConformance({ runtime: 'workerd', fixtures }));
    } catch (error) {
      const failure = { title: 'the suite crashed', message: String(error?.stack ?? error) };
      return Response.json({ passed: 0, failed: 1, failures: [failure], bySuite: {} });
    }
  },
};
