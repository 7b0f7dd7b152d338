// 4-check-tls.mjs: check the connection itself. checkTls connects once and reports the
// negotiated version, whether SNI was sent and whether the certificate is trusted, with
// problems that say what to fix. Zendesk requires TLS 1.2 or newer, with SNI.
import { checkTls } from '@auth/tls-check';
import { settings } from './settings.mjs';

const { API_URL } = settings('API_URL');

const { ok, protocol, sni, authorized, problems } = await checkTls(API_URL);
console.log(JSON.stringify({ ok, protocol, sni, authorized }));
for (const { code, message } of problems) console.log(`${code}: ${message}`);

// By IP address no SNI is sent (RFC 6066 forbids IP literals), and an SNI-only server refuses.
const byIp = new URL(API_URL);
byIp.hostname = '127.0.0.1';
const refused = await checkTls(byIp);
const codes = refused.problems.map((problem) => problem.code);
console.log(JSON.stringify({ ok: refused.ok, sni: refused.sni, problems: codes }));
