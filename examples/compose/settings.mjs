// settings.mjs: every step's settings, from environment variables. `pnpm mock-api` prints
// them as `export` lines; a missing one stops the step with its name, before any request.
export function settings(...names) {
  const missing = names.filter((name) => !process.env[name]);
  for (const name of missing) console.error(`${name} is missing; export it (pnpm mock-api prints the line)`);
  if (missing.length > 0) process.exit(1);
  return Object.fromEntries(names.map((name) => [name, process.env[name]]));
}
