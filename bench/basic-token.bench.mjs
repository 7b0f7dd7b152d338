// @auth/basic-token against what users would otherwise write: Buffer (Node's way), bare btoa
// (the floor: no validation, no UTF-8) and js-base64. Decoding is basic-token-decode.bench.mjs.
// Run: node basic-token.bench.mjs (also bun / deno run -A). Ratios are the anchor's time over ours.
import { basicTokenHeader } from '@auth/basic-token';
import { Base64 } from 'js-base64';
import { compare } from './compare.mjs';

const { Buffer } = globalThis;

// Eight credentials per case, cycled, so no engine can fold a constant string away.
const tokens = Array.from({ length: 8 }, (_, i) => `6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2ak${i}`);
const ascii = tokens.map((token, i) => ({ email: `jdoe${i}@example.com`, token }));
const utf8 = tokens.map((token, i) => ({ email: `zoë.brontë${i}@exämple.com`, token }));
let i = 0;
const next = (list) => list[i++ & 7];

function encoders(list) {
  const candidates = {
    basicTokenHeader: () => basicTokenHeader(next(list)),
    ...(Buffer && {
      'Buffer base64': () => {
        const { email, token } = next(list);
        return `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
      },
    }),
    'js-base64 Base64.encode': () => {
      const { email, token } = next(list);
      return `Basic ${Base64.encode(`${email}/token:${token}`)}`;
    },
  };
  return candidates;
}

const results = [];

const asciiCandidates = encoders(ascii);
asciiCandidates['bare btoa (floor)'] = () => {
  const { email, token } = next(ascii);
  return `Basic ${btoa(`${email}/token:${token}`)}`;
};
results.push(
  await compare('basicTokenHeader, ASCII credentials', asciiCandidates, {
    goals: { 'Buffer base64': 1, 'bare btoa (floor)': 0.5 },
  }),
);

results.push(
  await compare('basicTokenHeader, UTF-8 credentials', encoders(utf8), {
    goals: {},
  }),
);

// Sanity: every candidate agrees with ours, so the race compares equal work.
for (const list of [ascii, utf8]) {
  for (const { email, token } of list) {
    const expected = basicTokenHeader({ email, token });
    const theirs = `Basic ${Base64.encode(`${email}/token:${token}`)}`;
    if (theirs !== expected) throw new Error(`js-base64 disagrees: ${theirs} !== ${expected}`);
  }
}
export default results;
