/**
 * A certificate as `socket.getPeerX509Certificate()` gives it in Node, Bun and Deno: its DER,
 * and the next certificate the server sent (`undefined` at the end of what it sent).
 */
export interface PeerCertificateLike {
  raw: Uint8Array;
  issuerCertificate?: PeerCertificateLike | undefined;
}

// RFC 5280 section 4.1.1.2 signatureAlgorithm OIDs (DER content octets, hex) that browsers and
// OpenSSL's default security level refuse: RFC 3279 section 2.2 and RFC 8017 appendix A.2.4
// (md2/md5/sha1WithRSAEncryption, dsa-with-sha1, ecdsa-with-SHA1) and OIW sha1WithRSA (1.3.14.3.2.29).
const WEAK_SIGNATURES: Record<string, string> = {
  '2a864886f70d010102': 'an MD2 signature',
  '2a864886f70d010104': 'an MD5 signature',
  '2a864886f70d010105': 'a SHA-1 signature',
  '2b0e03021d': 'a SHA-1 signature',
  '2a8648ce380403': 'a SHA-1 signature',
  '2a8648ce3d0401': 'a SHA-1 signature',
};

// RFC 8017 appendix A.1 rsaEncryption and RFC 4055 id-RSASSA-PSS: subjectPublicKey is RSAPublicKey.
const RSA_KEYS = new Set(['2a864886f70d010101', '2a864886f70d01010a']);
// RFC 5480 section 2.1.1 id-ecPublicKey, and the sizes of the named curves of section 2.1.1.1.
const EC_KEY = '2a8648ce3d0201';
const EC_CURVE_BITS: Record<string, number> = {
  '2a8648ce3d030101': 192, // secp192r1
  '2b81040021': 224, // secp224r1
  '2a8648ce3d030107': 256, // secp256r1
  '2b8104000a': 256, // secp256k1
  '2b81040022': 384, // secp384r1
  '2b81040023': 521, // secp521r1
};

/** X.690 section 8.1: a TLV's tag and the bounds of its contents. */
interface Tlv {
  tag: number;
  start: number;
  end: number;
}

function tlv(der: Uint8Array, at: number): Tlv {
  const first = der[at + 1] ?? 0;
  let start = at + 2;
  let length = first;
  if (first >= 0x80) {
    length = 0;
    start += first & 0x7f;
    for (let i = at + 2; i < start; i++) length = length * 256 + (der[i] ?? 0);
  }
  return { tag: der[at] ?? 0, start, end: start + length };
}

const hex = (der: Uint8Array, { start, end }: Tlv): string => {
  let text = '';
  for (let i = start; i < end && i < der.length; i++)
    text += (der[i] as number).toString(16).padStart(2, '0');
  return text;
};

/** Whether two TLVs hold the same bytes (issuer and subject names: compared, not copied). */
function sameBytes(der: Uint8Array, a: Tlv, b: Tlv): boolean {
  if (a.end - a.start !== b.end - b.start || a.end > der.length || b.end > der.length) return false;
  for (let i = 0; i < a.end - a.start; i++) if (der[a.start + i] !== der[b.start + i]) return false;
  return true;
}

/** What the DER of a certificate says about its strength (RFC 5280 section 4.1). */
export interface CertificateStrength {
  /** The signatureAlgorithm OID, hex. */
  signature: string;
  /** Whether issuer and subject are the same name (a root, whose signature nobody checks). */
  selfIssued: boolean;
  /** `rsa` with its modulus size, `ec` with its curve size, or `other` (Ed25519...). */
  key: { type: 'rsa' | 'ec' | 'other'; bits: number };
}

/**
 * Reads a DER certificate: `Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, ... }`,
 * `TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer, validity,
 * subject, subjectPublicKeyInfo, ... }`. Malformed input gives meaningless values, never a throw.
 */
export function certificateStrength(der: Uint8Array): CertificateStrength {
  const tbs = tlv(der, tlv(der, 0).start);
  const signature = hex(der, tlv(der, tlv(der, tbs.end).start));
  let at = tbs.start;
  if (der[at] === 0xa0) at = tlv(der, at).end; // version
  at = tlv(der, at).end; // serialNumber
  at = tlv(der, at).end; // signature
  const issuer = tlv(der, at);
  const subject = tlv(der, tlv(der, issuer.end).end); // after validity
  const spki = tlv(der, subject.end);
  const algorithm = tlv(der, spki.start);
  const algorithmOid = tlv(der, algorithm.start);
  const type = hex(der, algorithmOid);
  let key: CertificateStrength['key'] = { type: 'other', bits: 0 };
  if (RSA_KEYS.has(type)) {
    // subjectPublicKey BIT STRING: one unused-bits octet, then RSAPublicKey ::= SEQUENCE { modulus, ... }
    const modulus = tlv(der, tlv(der, tlv(der, algorithm.end).start + 1).start);
    let first = modulus.start;
    while (first < modulus.end - 1 && der[first] === 0) first++;
    const top = der[first] ?? 0;
    key = { type: 'rsa', bits: (modulus.end - first - 1) * 8 + (top ? 32 - Math.clz32(top) : 0) };
  } else if (type === EC_KEY) {
    key = { type: 'ec', bits: EC_CURVE_BITS[hex(der, tlv(der, algorithmOid.end))] ?? 0 };
  }
  return {
    signature,
    selfIssued: sameBytes(der, issuer, subject),
    key,
  };
}

/**
 * What makes the certificates a server sent weak, or `undefined`: an RSA key under 2048 bits or
 * an elliptic curve under 224 bits (CA/Browser Forum Baseline Requirements 6.1.5), or an
 * MD2/MD5/SHA-1 signature on any but a self-issued root (whose signature nobody checks).
 * Runtimes disagree on these (Node 20 and 22 accept a 1024-bit RSA key, Node 24 refuses
 * it; BoringSSL in Bun accepts SHA-1 signatures) and the diagnostic connection lowers OpenSSL's
 * security level, which lets them all through: so the check reads the DER itself, to name the
 * cause the same way everywhere.
 */
export function weakCertificate(leaf: PeerCertificateLike | undefined): string | undefined {
  const seen = new Set<PeerCertificateLike>();
  for (
    let certificate = leaf;
    certificate && !seen.has(certificate);
    certificate = certificate.issuerCertificate
  ) {
    seen.add(certificate);
    const { signature, selfIssued, key } = certificateStrength(certificate.raw);
    if (key.type === 'rsa' && key.bits < 2048) return `an RSA key of ${key.bits} bits`;
    if (key.type === 'ec' && key.bits && key.bits < 224) return `an elliptic-curve key of ${key.bits} bits`;
    const weak = !selfIssued && WEAK_SIGNATURES[signature];
    if (weak) return weak;
  }
  return undefined;
}
