export { decodeBasic } from './decode.ts';
export { encodeBasic } from './encode.ts';
export { BasicTokenError, type BasicTokenErrorCode } from './errors.ts';
export { MAX_BASIC_HEADER_LENGTH } from './limits.ts';
export { parseBasicToken } from './parse.ts';
export { basicPasswordHeader } from './password.ts';
export { redactBasic } from './redact.ts';
export { basicTokenCredentials, basicTokenHeader, basicTokenUserinfo } from './token.ts';
export type {
  BasicCredentials,
  BasicPasswordInput,
  BasicTokenInput,
  DecodeBasicOptions,
  ParsedApiToken,
  ParsedBasicToken,
  ParsedPassword,
} from './types.ts';
