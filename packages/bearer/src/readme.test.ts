// Every `// => value` and `// throws CODE` of the README's and the JSDoc's ```ts blocks runs
// here (see config/examples.ts), and so does the README's usage snippet.
import { describe, expect, it } from 'vitest';
import { claims, jsdocExamples, readmeExamples, testExamples } from '../../../config/examples.ts';
import * as bearer from './index.ts';
import { BearerError, bearerChallenge, bearerHeader, parseBearer, parseBearerChallenge } from './index.ts';

const ZENDESK = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';

/** The README's usage snippet, as code: the server half. */
function authenticate(request: Request): string | Response {
  const header = request.headers.get('Authorization');
  if (header === null) return challenge(401, {});
  try {
    return parseBearer(header);
  } catch (error) {
    if (!(error instanceof BearerError)) throw error;
    return challenge(400, { error: 'invalid_request', errorDescription: error.code });
  }
}
const challenge = (status: number, params: Parameters<typeof bearerChallenge>[0]) =>
  new Response(null, {
    status,
    headers: { 'WWW-Authenticate': bearerChallenge({ realm: 'example', ...params }) },
  });

describe('README', () => {
  it('usage example: the server reads tokens and answers with RFC 6750 challenges', async () => {
    expect(
      authenticate(
        new Request('https://api.example.com/', { headers: { Authorization: bearerHeader(ZENDESK) } }),
      ),
    ).toBe(ZENDESK);

    const missing = authenticate(new Request('https://api.example.com/')) as Response;
    expect(missing.status).toBe(401);
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer realm="example"');

    const malformed = authenticate(
      new Request('https://api.example.com/', {
        headers: { Authorization: `Basic ${btoa(`jdoe@example.com/token:${ZENDESK}`)}` },
      }),
    ) as Response;
    expect(malformed.status).toBe(400);
    const header = malformed.headers.get('WWW-Authenticate') as string;
    expect(header).toBe('Bearer realm="example", error="invalid_request", error_description="WRONG_SCHEME"');
    expect(header).not.toContain(ZENDESK);

    // The client half: what it reads from that response.
    const { error, errorDescription } = parseBearerChallenge(malformed.headers.get('WWW-Authenticate') ?? '');
    expect({ error, errorDescription }).toEqual({
      error: 'invalid_request',
      errorDescription: 'WRONG_SCHEME',
    });
  });

  it('usage example: a client reading an expired-token challenge knows to refresh', () => {
    const response = new Response(null, {
      status: 401,
      headers: {
        'WWW-Authenticate': bearerChallenge({
          realm: 'example',
          error: 'invalid_token',
          errorDescription: 'The access token expired',
        }),
      },
    });
    expect(parseBearerChallenge(response.headers.get('WWW-Authenticate') ?? '').error).toBe('invalid_token');
  });

  // Blocks that assert run; the others (fetch, servers, migration) only show usage.
  const blocks = readmeExamples(new URL('../README.md', import.meta.url)).filter(({ code }) => claims(code));
  it('has examples to check', () => {
    expect(blocks.reduce((sum, { code }) => sum + claims(code), 0)).toBeGreaterThan(12);
  });
  testExamples(blocks, bearer);
});

describe('JSDoc @example blocks', () => {
  // The BearerError example only shows a catch; the others assert.
  const examples = jsdocExamples(new URL('.', import.meta.url)).filter(({ code }) => claims(code));
  it('has examples to check', () => {
    expect(examples.reduce((sum, { code }) => sum + claims(code), 0)).toBeGreaterThan(12);
  });
  testExamples(examples, bearer);
});
