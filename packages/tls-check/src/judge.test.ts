import { describe, expect, it } from 'vitest';
import { weakCertificateProblem } from './classify.ts';
import { loweredDefaultsNote, weakCertificateNote, weakHandshakeProblem } from './judge.ts';

describe('weak certificates and handshakes', () => {
  it('says what is weak and how to reissue, as a problem or, where the runtime accepted it, a note', () => {
    expect(weakCertificateProblem('a SHA-1 signature')).toEqual({
      code: 'CERT_WEAK',
      message:
        'the certificate chain uses a SHA-1 signature, which browsers and current TLS libraries refuse: reissue it with an RSA key of 2048 bits or more, or an ECDSA P-256 key, signed with SHA-256',
    });
    expect(weakCertificateNote('an RSA key of 1024 bits')).toEqual({
      code: 'CERT_WEAK_ACCEPTED',
      message:
        'this runtime accepted the certificate chain, but it uses an RSA key of 1024 bits, which browsers and newer runtimes (Node 24 and later) refuse: reissue it with an RSA key of 2048 bits or more, or an ECDSA P-256 key, signed with SHA-256',
    });
  });

  it('names a small DH group, else the SHA-1 handshake signature (RFC 9155)', () => {
    expect(weakHandshakeProblem({ type: 'DH', size: 1024 }, 'DEFAULT:@SECLEVEL=0')).toEqual({
      code: 'HANDSHAKE_WEAK',
      message:
        "the server's key exchange is DH of 1024 bits, which this runtime's default security level refuses: use ECDHE (X25519 or P-256), or DH of 2048 bits or more",
    });
    const signature = weakHandshakeProblem({ type: 'ECDH', size: 253 }, 'DEFAULT:@SECLEVEL=0');
    expect(signature.code).toBe('HANDSHAKE_WEAK');
    expect(signature.message).toContain('(the diagnostic connection used DEFAULT:@SECLEVEL=0)');
    expect(signature.message).toContain('signs the handshake with SHA-1 only, which RFC 9155 deprecates');
    expect(weakHandshakeProblem({ type: 'DH', size: 2048 }, null).message).toContain('used lower settings');
    expect(weakHandshakeProblem(undefined, null).message).toContain('SHA-1');
  });
});

describe('the notes of a check', () => {
  it('lists the lowered defaults the default connection took', () => {
    expect(
      loweredDefaultsNote([{ setting: 'tls.DEFAULT_MAX_VERSION', value: 'TLSv1.2', source: 'set by code' }]),
    ).toEqual({
      code: 'DEFAULTS_LOWERED',
      message:
        "the default connection used this runtime's lowered TLS defaults (tls.DEFAULT_MAX_VERSION = TLSv1.2), so the verdict is this runtime's as it is set up; checkRuntime() (auth-tls-check --runtime) says where they were set",
    });
  });
});
