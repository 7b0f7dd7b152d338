export { bearerChallenge } from './challenge.ts';
export { BearerError, type BearerErrorCode } from './errors.ts';
export { BEARER_MAX_LENGTH } from './limits.ts';
export { parseBearer } from './parse.ts';
export { parseBearerChallenge } from './parse-challenge.ts';
export { redactBearer } from './redact.ts';
export { bearerHeader, isBearerToken } from './token.ts';
export type { BearerChallenge, BearerChallengeError, BearerChallengeParams } from './types.ts';
