// decodeBasic against basic-auth's parse, what a Node server would otherwise use. In a process of
// its own, as on a server (which decodes and never encodes): on Node 20, atob and btoa are
// JavaScript, and once the encoder's UTF-8 path has run in the same process they run at about
// half their speed (decodeBasic measured 0.9x basic-auth that way, 1.4x to 1.6x alone).
// Run: node basic-token-decode.bench.mjs (also bun / deno run -A). Ratios are the anchor's time over ours.
import { decodeBasic } from '@auth/basic-token';
import { parse } from 'basic-auth';
import { compare, printCeiling } from './compare.mjs';

// Eight headers, cycled, so no engine can fold a constant string away.
const headers = Array.from(
  { length: 8 },
  (_, i) => `Basic ${btoa(`jdoe${i}@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2ak${i}`)}`,
);
let i = 0;
const next = () => headers[i++ & 7];

// The floor: the platform's base64 decoding alone, with no regex, no check and no result
// object. basic-auth's time over the floor's is the most any decoder built on atob could reach.
const FLOOR = 'floor: atob of the base64 alone';
const encoded = headers.map((header) => header.slice(6));
let j = 0;

const results = [
  await compare(
    'decodeBasic',
    {
      decodeBasic: () => decodeBasic(next()),
      'basic-auth parse': () => parse(next()),
      [FLOOR]: () => atob(encoded[j++ & 7]),
    },
    { goals: { 'basic-auth parse': 2 } },
  ),
];
printCeiling(results[0], 'basic-auth parse', FLOOR);

// Sanity: both read the same credentials, so the race compares equal work.
for (const header of headers) {
  const ours = decodeBasic(header);
  const theirs = parse(header);
  if (ours.username !== theirs.name || ours.password !== theirs.pass) throw new Error('basic-auth disagrees');
}

export default results;
