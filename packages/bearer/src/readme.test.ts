/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as bearer from './index.ts';
import {
  BearerError,
  type BearerErrorCode,
  bearerChallenge,
  bearerHeader,
  parseBearer,
  parseBearerChallenge,
} from './index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
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

/**
 * Every `call(...); // result` of the ts blocks of `text` (the result on the same line or the next
 * comment line): a value to compare, or `BearerError CODE[: message]` for the error it must throw.
 */
function examplesOf(text: string): { call: string; result: string }[] {
  const examples: { call: string; result: string }[] = [];
  for (const [, block] of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const lines = (block as string).split('\n');
    lines.forEach((line, i) => {
      const call =
        /^((?:bearerHeader|isBearerToken|parseBearer|bearerChallenge|parseBearerChallenge|redactBearer)\(.*\));(?:\s*\/\/ (.*))?$/.exec(
          line,
        );
      if (!call) return;
      const result = call[2] ?? /^\/\/ (.*)$/.exec(lines[i + 1] ?? '')?.[1];
      if (result) examples.push({ call: call[1] as string, result });
    });
  }
  return examples;
}

/** The `@example` blocks of the JSDoc of every source file, without their ` * ` margins. */
const jsdoc = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !file.includes('.test'))
  .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8').replace(/^ *\* ?/gm, ''))
  .join('\n');

function check({ call, result }: { call: string; result: string }): void {
  const run = new Function(...Object.keys(bearer), `return ${call};`) as (...args: unknown[]) => unknown;
  const args = Object.values(bearer);
  const thrown = /^BearerError (\w+)(?:: (.*))?/.exec(result);
  if (!thrown) {
    const expected = new Function(`return (${result.replace(/ \(.*\)$/, '')});`)();
    expect(run(...args)).toEqual(expected);
    return;
  }
  let caught: unknown;
  try {
    run(...args);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BearerError);
  expect((caught as BearerError).code).toBe(thrown[1] as BearerErrorCode);
  if (thrown[2]) expect((caught as BearerError).message).toBe(`[@auth/bearer] ${thrown[2]}`);
}

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

  const examples = examplesOf(readme);
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(12);
  });
  it.each(examples)('$call gives $result', check);
});

describe('JSDoc @example blocks', () => {
  const examples = examplesOf(jsdoc);
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(12);
  });
  it.each(examples)('$call gives $result', check);
});
