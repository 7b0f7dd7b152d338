export { default } from '../../config/vitest.package.ts';
