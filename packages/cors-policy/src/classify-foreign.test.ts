import { describe, expect, it, vi } from 'vitest';

// A bug in a sibling parser must surface, not be hidden as 'other': only BasicTokenError is caught.
vi.mock('@auth/basic-token', async (original) => ({
  ...(await original<typeof import('@auth/basic-token')>()),
  parseBasicToken: () => {
    throw new RangeError('a bug in the parser');
  },
}));

const { classifyAuthorization } = await import('./classify.ts');

describe('classifyAuthorization and foreign errors', () => {
  it('rethrows what is not a BasicTokenError', () => {
    expect(() => classifyAuthorization('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==')).toThrow(RangeError);
  });

  it('still classifies the other schemes without calling the Basic parser', () => {
    expect(classifyAuthorization('Bearer mF_9.B5f-4.1JqM')).toBe('bearer');
    expect(classifyAuthorization('Digest x')).toBe('other');
  });
});
