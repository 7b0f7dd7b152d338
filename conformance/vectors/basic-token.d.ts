// Types of ./basic-token.js, for the unit tests of packages/basic-token that share its data.
export const messages: {
  email: string;
  token: string;
  password: string;
  username: string;
  authorization: string;
  tooLong: string;
  missingEmail: string;
  missingToken: string;
  missingPassword: string;
  missingUsername: string;
};
export const ZENDESK: { email: string; token: string; credentials: string; header: string; userinfo: string };
export const encodings: [string, string, string, string][];
export const decodings: [string, string, string, string][];
export const invalidDecodings: [string, string, string][];
export const invalidMaxLengths: unknown[];
export const parsings: [string, string, Record<string, string> | string][];
export const invalidTokenInputs: [string, Record<string, unknown>, string, string][];
export const redactions: [string, string | undefined, string][];
export const redactedUserIds: [string, string][];
export const nonCanonical: string[];
