import { defineConfig } from 'tsup';
import { packageBuild } from '../../config/tsup.ts';

// Two entries that a program loads together (the source and its Redis store): split, so that
// the modules they share (OAuthTokenError above all) exist once and `instanceof` holds.
export default defineConfig({
  ...packageBuild({ index: 'src/index.ts', redis: 'src/redis.ts' }),
  splitting: true,
});
