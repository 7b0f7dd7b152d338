/// <reference types="node" />
// The loopback servers of ./servers.mjs for the tests of one file: started before them, closed
// after, with a temporary folder that holds the test CA as ca.pem (for the command's --ca).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Fixtures, startServers } from './servers.mjs';

/** What the tests read once the servers run. */
export interface LiveServers {
  fixtures: Fixtures;
  /** Each SNI name (or `false`) the `sni` server received. */
  sniNames: (string | false)[];
  /** A path in the temporary folder. */
  file(name: string): string;
}

/** Registers the servers' start and close around the tests of the current file or `describe`. */
export function useLiveServers(): LiveServers {
  let dir = '';
  let close = async () => {};
  const live = { file: (name: string) => join(dir, name) } as LiveServers;
  beforeAll(async () => {
    const servers = await startServers();
    close = servers.close;
    live.fixtures = servers.fixtures;
    live.sniNames = servers.sniNames;
    dir = mkdtempSync(join(tmpdir(), 'auth-tls-check-test-'));
    writeFileSync(live.file('ca.pem'), servers.fixtures.ca);
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });
  return live;
}
