import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The cluster test: nginx caching in front of two instances (deploy/). Apart from `npm test`, which
 * must run where nginx is not installed; `.ci/run` installs it and runs this.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: '@shared', replacement: resolve(import.meta.dirname, 'src/shared') },
      { find: '@server', replacement: resolve(import.meta.dirname, 'src/server') },
      { find: '@testing', replacement: resolve(import.meta.dirname, 'src/testing') },
    ],
  },
  test: {
    include: ['deploy/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
