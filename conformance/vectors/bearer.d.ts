// Types of ./bearer.js, for the unit tests of packages/bearer that share its data.
export const messages: { token: string; authorization: string; challenge: string };
export const ZENDESK_TOKEN: string;
export const JWT: string;
export const validTokens: [string, string][];
export const invalidTokens: [string, string, string][];
export const validAuthorizations: [string, string][];
export const invalidAuthorizations: [string, string, string][];
export const challenges: [Record<string, unknown>, string][];
export const invalidChallenges: [string, Record<string, unknown>, string][];
export const unknownChallengeParameters: [string, Record<string, unknown>][];
export const parsedChallenges: [string, string, Record<string, unknown>][];
export const invalidParsedChallenges: [string, string | null, string][];
export const nonAsciiChallenges: [string, string, Record<string, unknown>][];
export const challengesWithParams: [string, string, Record<string, unknown>][];
export const redactions: [string | null, string][];
