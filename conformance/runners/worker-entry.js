// Runs inside workerd: a Worker whose fetch handler runs every suite and answers JSON.
import { runConformance } from '../all.js';

export default {
  async fetch() {
    try {
      return Response.json(await runConformance({ runtime: 'workerd', fixtures: {} }));
    } catch (error) {
      const failure = { title: 'the suite crashed', message: String(error?.stack ?? error) };
      return Response.json({ passed: 0, failed: 1, failures: [failure], bySuite: {} });
    }
  },
};
