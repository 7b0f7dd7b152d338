// The CLI's file store: a compare-and-set on the tokens, written whole, readable by its user only.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileTokenStore } from './file-store.mjs';

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'auth-file-store-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const set = (n) => ({
  accessToken: `access-${n}`,
  tokenType: 'bearer',
  expiresAt: n,
  refreshToken: `refresh-${n}`,
});

it('loads nothing from a missing file, then saves a set only over the one it expects', async () => {
  const path = join(dir, 'tokens.json');
  const store = fileTokenStore(path);
  assert.equal(await store.load(), undefined);
  assert.equal(await store.save(set(1), undefined), true);
  assert.deepEqual(await store.load(), set(1));
  assert.equal(await store.save(set(2), undefined), false); // another run saved set 1 first
  assert.equal(await store.save(set(2), set(1)), true);
  assert.deepEqual(JSON.parse(await readFile(path, 'utf8')), set(2));
  assert.equal((await stat(path)).mode & 0o777, 0o600);
  assert.deepEqual(await readdir(dir), ['tokens.json']); // no temporary file left behind
});

it('a file that is not JSON is an error, not an empty store', async () => {
  const path = join(dir, 'broken.json');
  await fileTokenStore(join(dir, 'other.json')).save(set(1), undefined);
  await writeFile(path, '{"accessToken":');
  await assert.rejects(() => fileTokenStore(path).load(), SyntaxError);
});
