import { describe, expect, it } from 'vitest';
import { normalizeOrigin } from './origin.ts';

describe('normalizeOrigin', () => {
  it.each([
    ['https://example.com', 'https://example.com'],
    ['HTTPS://EXAMPLE.com:443', 'https://example.com'],
    ['http://Example.COM:80', 'http://example.com'],
    ['http://example.com:443', 'http://example.com:443'],
    ['https://example.com:80', 'https://example.com:80'],
    ['wss://example.com:443', 'wss://example.com'],
    ['ws://example.com:80', 'ws://example.com'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
    ['http://[::1]:080', 'http://[::1]'],
    ['http://[::1]:08080', 'http://[::1]:8080'],
    ['https://example.com:0443', 'https://example.com'],
    ['capacitor://localhost', 'capacitor://localhost'],
    ['chrome-extension://abcdefghijklmnop', 'chrome-extension://abcdefghijklmnop'],
    ['https://xn--bcher-kva.example', 'https://xn--bcher-kva.example'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeOrigin(input)).toBe(expected);
  });

  it.each([
    'example.com',
    'https://example.com/',
    'https://example.com/path',
    'https://example.com?q',
    'https://example.com#x',
    'https://user@example.com',
    'https://*.example.com',
    'https://example.com:',
    'https://example.com:99999',
    'https://example.com:123456',
    'https://bücher.example',
    'https://example.com\r\n',
    ' https://example.com',
    'null',
    '*',
    '',
    '1http://example.com',
  ])('%j is not an origin', (input) => {
    expect(normalizeOrigin(input)).toBeUndefined();
  });
});
