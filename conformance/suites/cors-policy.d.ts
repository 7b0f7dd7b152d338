// Types of the portable suite, for the package's unit tests (src/conformance.test.ts) that run it.
type Test = (title: string, fn: () => unknown) => unknown;
export default function suite(
  test: Test,
  mod: object,
  context?: { runtime?: string; fixtures?: object },
): void;
export function makeRequest(request: { url?: string; method?: string; headers?: Record<string, string> }):
  | Request
  | {
      url: string;
      method: string;
      headers: Headers;
    };
