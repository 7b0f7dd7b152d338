export {
  type AuthorizationRequest,
  type AuthorizationRequestOptions,
  createAuthorizationRequest,
} from './authorization.ts';
export { type AuthorizationCodeExchangeOptions, exchangeAuthorizationCode } from './authorization-code.ts';
export { OAuthTokenError, type OAuthTokenErrorCode, type OAuthTokenErrorOptions } from './errors.ts';
export { memoryTokenStore } from './memory-store.ts';
export { parseTokenResponse } from './parse.ts';
export { codeChallenge } from './pkce.ts';
export { createTokenSource } from './source.ts';
export { redactTokenSet } from './token-set.ts';
export type {
  AsyncDisposal,
  CallOptions,
  ClientCredentialsGrant,
  Grant,
  RefreshTokenGrant,
  TokenSet,
  TokenSource,
  TokenSourceEvent,
  TokenSourceMethods,
  TokenSourceOptions,
  TokenSourceState,
  TokenStore,
} from './types.ts';
export { defaultRefreshWindow } from './window.ts';
export { type ZendeskPreset, zendesk } from './zendesk.ts';
