// @auth/bearer against the floor: the bare RFC 6750 regular expression that any hand-written
// parser would start from, on a JWT-sized Authorization header. Run: node bearer.bench.mjs
import { bearerHeader, isBearerToken, parseBearer } from '@auth/bearer';
import { compare } from './compare.mjs';

// A typical OAuth access token: an RS256 JWT of about 800 characters.
const segment = (n) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'.repeat(n);
const token = `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${segment(7).slice(0, 440)}.${segment(6).slice(0, 342)}`;
const header = `Bearer ${token}`;

// RFC 6750 2.1: credentials = "Bearer" 1*SP b64token, nothing else checked (the floor).
const FLOOR = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

if (parseBearer(header) !== FLOOR.exec(header)[1] || !isBearerToken(token))
  throw new Error('candidates disagree');

await compare(
  `parseBearer, ${header.length}-character header`,
  {
    parseBearer: () => parseBearer(header),
    'RFC 6750 regex floor': () => FLOOR.exec(header)[1],
  },
  { goals: { 'RFC 6750 regex floor': 0.9 } },
);

await compare(`bearerHeader, ${token.length}-character token (for information)`, {
  bearerHeader: () => bearerHeader(token),
  "'Bearer ' + token": () => `Bearer ${token}`,
});
