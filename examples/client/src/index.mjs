// What every client of the demo shares (Node, Deno, Bun, the browser page, the Worker): the
// API client, the scenario runner and the scenarios. Each runtime's entry keeps only what
// differs: how it reads its settings, trusts the demo's CA, sleeps and reports.
export { createApiClient } from './api.mjs';
export { expect, runScenario, scenario } from './scenario.mjs';
export { apiScenarios, socketScenarios, tlsScenarios } from './scenarios.mjs';
