import {
  type Attempt,
  certificateProblem,
  problem,
  protocolProblem,
  REISSUE,
  weakCertificateProblem,
} from './classify.ts';
import type { Outcome } from './connection.ts';
import type { LoweredSetting, TlsConnectionRole, TlsNote, TlsProblem, TlsReport } from './types.ts';
import { type TlsVersion, tlsVersionRank, VERSIONS, versionOrNull } from './version.ts';
import { weakCertificate } from './weak-certificate.ts';

const TLS12 = 3;

/** What a completed handshake shows: the report's handshake fields, its problems and notes. */
export type Verdict = Pick<
  TlsReport,
  'protocol' | 'cipher' | 'alpn' | 'authorized' | 'authorizationError'
> & {
  problems: TlsProblem[];
  notes: TlsNote[];
};

/**
 * Judges a completed handshake. On the `default` connection: a version below `minRank`, a
 * certificate the runtime refused (named weak where the chain is), a weak chain it accepted (a
 * note). On the `diagnostic` one, which only ran because the default one failed, it names every
 * cause: a version below the minimum or below TLS 1.2 (OpenSSL's default security level refuses
 * TLS 1.0 and 1.1 whatever the minimum), a version above the runtime's lowered highest
 * (`maxVersion`), a weak chain (security level 0 let it through), an untrusted one. When it
 * finds none, what the diagnostic connection lowered is left (see `weakHandshakeProblem`).
 */
export function judgeHandshake(
  outcome: Outcome,
  role: TlsConnectionRole,
  { minRank, maxVersion, attempt }: { minRank: number; maxVersion: unknown; attempt: Attempt },
): Verdict {
  const { cipher, alpn, authorized, authorizationError } = outcome;
  const protocol = versionOrNull(outcome.protocol);
  const weak = weakCertificate(outcome.certificate);
  const verdict: Verdict = {
    protocol,
    cipher,
    alpn,
    authorized,
    authorizationError,
    problems: [],
    notes: [],
  };
  const { problems } = verdict;
  const lowest = role === 'default' ? minRank : Math.max(minRank, TLS12);
  if (protocol === null || tlsVersionRank(protocol) < lowest) {
    problems.push(protocolProblem(protocol ?? 'an unknown version', VERSIONS[lowest] as TlsVersion));
  }
  const highest = versionOrNull(maxVersion);
  if (role === 'diagnostic' && protocol && highest && tlsVersionRank(protocol) > tlsVersionRank(highest)) {
    problems.push(maxVersionProblem(protocol, highest));
  }
  if (!authorized) {
    problems.push(certificateProblem(authorizationError ?? 'no reason given', attempt, weak));
  } else if (weak !== undefined && role === 'default') {
    verdict.notes.push(weakCertificateNote(weak));
  } else if (weak !== undefined) {
    Object.assign(verdict, { authorized: false, authorizationError: 'CERT_WEAK' });
    problems.push(weakCertificateProblem(weak));
  }
  return verdict;
}

/** The note of a `weak` certificate chain that this runtime accepted all the same. */
export const weakCertificateNote = (weak: string): TlsNote => ({
  code: 'CERT_WEAK_ACCEPTED',
  message: `this runtime accepted the certificate chain, but it uses ${weak}, which browsers and newer runtimes (Node 24 and later) refuse: ${REISSUE}`,
});

/**
 * The problem of a server that the diagnostic connection reached at `protocol`, above the
 * highest version this runtime's defaults offer (`tls.DEFAULT_MAX_VERSION`, lowered).
 */
export const maxVersionProblem = (protocol: TlsVersion, max: TlsVersion): TlsProblem =>
  problem(
    'HANDSHAKE_FAILED',
    `the server speaks ${protocol} and this runtime offers at most ${max} (tls.DEFAULT_MAX_VERSION was lowered): remove that setting (checkRuntime() says where it was set)`,
  );

/**
 * The problem of a handshake that only the diagnostic connection, with lowered settings,
 * completed, at a version that is not too old and with a certificate that is not weak: what is
 * left is the key exchange (`keyExchange`, where the runtime says) or the handshake signature.
 */
export function weakHandshakeProblem(
  keyExchange: { type?: string; size?: number } | undefined,
  ciphers: string | null,
): TlsProblem {
  const { type, size = 0 } = keyExchange ?? {};
  return problem(
    'HANDSHAKE_WEAK',
    type === 'DH' && size < 2048
      ? `the server's key exchange is DH of ${size} bits, which this runtime's default security level refuses: use ECDHE (X25519 or P-256), or DH of 2048 bits or more`
      : `the server completes a handshake only below this runtime's default security level (the diagnostic connection used ${ciphers ?? 'lower settings'}): most often it signs the handshake with SHA-1 only, which RFC 9155 deprecates; enable SHA-256 signatures (ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256) on the server`,
  );
}

/** The note of a failed handshake in Deno, which cannot offer less to see why. */
export const LEGACY_NOT_PROBED: TlsNote = {
  code: 'LEGACY_NOT_PROBED',
  message:
    "Deno's TLS (rustls) offers only TLS 1.2 and 1.3: a server limited to TLS 1.0 or 1.1 shows here as HANDSHAKE_FAILED, without its version; check from Node or Bun to see it",
};

/** The note of a default connection that took the runtime's lowered defaults. */
export const loweredDefaultsNote = (taken: readonly LoweredSetting[]): TlsNote => {
  const settings = taken.map(({ setting, value }) => `${setting} = ${value}`).join(', ');
  return {
    code: 'DEFAULTS_LOWERED',
    message: `the default connection used this runtime's lowered TLS defaults (${settings}), so the verdict is this runtime's as it is set up; checkRuntime() (auth-tls-check --runtime) says where they were set`,
  };
};
