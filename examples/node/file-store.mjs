// A TokenStore (@auth/oauth-token) in a JSON file only its user can read (mode 0600): what a
// CLI keeps between runs. `save` is the compare-and-set the interface asks for, and writes a
// temporary file renamed over the old one, so a crash mid-write never leaves half a token set.
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';

/** Whether two sets hold the same tokens (`undefined`: nothing stored). */
const same = (a, b) => a?.accessToken === b?.accessToken && a?.refreshToken === b?.refreshToken;

/**
 * @param {string} path the JSON file
 * @returns {import('@auth/oauth-token').TokenStore}
 */
export function fileTokenStore(path) {
  async function load() {
    try {
      return JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    }
  }
  return {
    load,
    async save(next, previous) {
      if (!same(await load(), previous)) return false; // another run saved first
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, `${JSON.stringify({ ...next }, null, 2)}\n`, { mode: 0o600 });
      await rename(temporary, path);
      return true;
    },
  };
}
