import { describe, expect, it } from 'vitest';
import { sanitize } from './sanitize.ts';

describe('sanitize', () => {
  it('keeps ordinary text as it is', () => {
    expect(sanitize('Token has been expired or revoked.')).toBe('Token has been expired or revoked.');
    expect(sanitize('Jeton expiré: réessayez')).toBe('Jeton expiré: réessayez');
  });

  it('turns control and invisible formatting runs into one space (log injection)', () => {
    expect(sanitize('a\r\n\r\nb\u0000c\u009bd\u202ee\u2066f\ufeffg')).toBe('a b c d e f g');
  });

  it('masks the secrets that were sent, wherever the server echoes them', () => {
    expect(sanitize('refresh token rt-1 is unknown (rt-1)', ['rt-1', undefined, ''])).toBe(
      'refresh token **** is unknown (****)',
    );
  });

  it('cuts long text to 200 characters', () => {
    const long = sanitize('x'.repeat(5000));
    expect(long).toHaveLength(200);
    expect(long.endsWith('...')).toBe(true);
    expect(sanitize('y'.repeat(200))).toBe('y'.repeat(200));
  });
});
