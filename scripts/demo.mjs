// Placeholder until the demo issue lands: says so honestly and exits 0.
console.log('pnpm demo: the end-to-end demo (a Zendesk-like API on loopback and clients in');
console.log('every runtime) is not built yet. The packages are built; run `pnpm test` to see');
console.log('them pass in Node 20/22/24/26, Deno, Bun, Chromium and workerd.');
