/// <reference types="node" />
import { X509Certificate } from 'node:crypto';
import { fail } from './errors.ts';

// RFC 7468 section 2: a PEM block is "-----BEGIN " label "-----", base64 text, "-----END " label
// "-----"; labels are printable ASCII (in practice capitals, digits and spaces). Text outside
// the blocks is allowed (section 5.2: explanatory text). Section 5.1: certificates are
// labelled CERTIFICATE; OpenSSL's "trusted certificate" form is accepted by Node as a CA too.
const BEGIN = '-----BEGIN ';
const LABEL = /^[A-Z0-9 ]{1,64}$/;
const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'TRUSTED CERTIFICATE']);

const WHAT = 'the PEM text of a CA certificate (-----BEGIN CERTIFICATE-----...)';

/** Each complete PEM block of `text`: its label and its whole text. Linear: one pass of indexOf. */
function pemBlocks(text: string): { label: string; block: string }[] {
  const blocks = [];
  for (let at = text.indexOf(BEGIN); at >= 0; at = text.indexOf(BEGIN, at + 1)) {
    const labelEnd = text.indexOf('-----', at + BEGIN.length);
    const label = text.slice(at + BEGIN.length, labelEnd);
    if (labelEnd < 0 || !LABEL.test(label)) continue;
    const endLine = `-----END ${label}-----`;
    const end = text.indexOf(endLine, labelEnd);
    if (end < 0) continue;
    blocks.push({ label, block: text.slice(at, end + endLine.length) });
    at = end;
  }
  return blocks;
}

/** The fix for a `ca` of `checkTls` that is not PEM text (the CLI has its own, for a file). */
export const NOT_PEM_FIX = "pass the text of the CA's certificate file, not its name";

/**
 * Checks that `text` (a `ca` of `checkTls`, or the file of the CLI's `--ca`, named by `field`)
 * holds one or more certificates and nothing else that PEM can carry: a private key, a request,
 * a damaged certificate or text that merely contains `-----BEGIN` would otherwise be accepted
 * silently and show up later as an untrusted server. Throws `INVALID_OPTION` saying what it is;
 * `notPemFix` ends the message for text that holds no PEM block at all.
 */
export function checkCertificatePem(text: string, field: string, notPemFix: string = NOT_PEM_FIX): void {
  if (!text.trim()) fail('INVALID_OPTION', `${field} is empty; pass ${WHAT}`);
  const blocks = pemBlocks(text);
  if (blocks.length === 0) {
    fail(
      'INVALID_OPTION',
      text.includes(BEGIN)
        ? `${field} holds no complete PEM block (-----BEGIN ...----- to -----END ...-----); pass the whole text of the certificate file`
        : `${field} is not PEM text (-----BEGIN CERTIFICATE-----...); ${notPemFix}`,
    );
  }
  blocks.forEach(({ label, block }, index) => {
    const which = blocks.length > 1 ? `PEM block ${index + 1} of ${field}` : field;
    if (label.endsWith('PRIVATE KEY')) {
      fail(
        'INVALID_OPTION',
        `${which} is a private key (-----BEGIN ${label}-----), not a certificate; pass the CA's certificate, and keep the key secret`,
      );
    }
    if (!CERTIFICATE_LABELS.has(label)) {
      fail('INVALID_OPTION', `${which} is -----BEGIN ${label}-----, not a certificate; pass ${WHAT}`);
    }
    try {
      new X509Certificate(block);
    } catch {
      fail(
        'INVALID_OPTION',
        `${which} is a damaged certificate: its content is not X.509 (RFC 5280); copy the file again, whole`,
      );
    }
  });
}
