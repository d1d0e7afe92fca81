/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import type * as DevServer from './src/server/dev.ts';
import { precompressDir } from './src/server/http/precompress.ts';

type DevModule = typeof DevServer;

const timeUnused = resolve(import.meta.dirname, 'src/client/vendor/d3-time-unused.ts');
const alias = [
  { find: '@shared', replacement: resolve(import.meta.dirname, 'src/shared') },
  { find: '@server', replacement: resolve(import.meta.dirname, 'src/server') },
  { find: '@client', replacement: resolve(import.meta.dirname, 'src/client') },
  { find: '@testing', replacement: resolve(import.meta.dirname, 'src/testing') },
  // no chart has a time axis (periods are categories): leave d3's calendars out of the bundle
  { find: /^d3-time(-format)?$/, replacement: timeUnused },
  // nor colour blending (scales map numbers to positions) nor d3's number formats (axes format their own)
  {
    find: /^d3-color$/,
    replacement: resolve(import.meta.dirname, 'src/client/vendor/d3-color-unused.ts'),
  },
  {
    find: /^d3-format$/,
    replacement: resolve(import.meta.dirname, 'src/client/vendor/d3-format-unused.ts'),
  },
];

/** `npm run dev`: the API runs inside Vite's dev server, loaded through Vite so that edits reload it. */
function api(): Plugin {
  return {
    name: 'dashboard-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/api')) {
          next();
          return;
        }
        server
          .ssrLoadModule('/src/server/dev.ts')
          .then((mod) => (mod as DevModule).handle(req, res))
          .catch(next);
      });
    },
  };
}

/**
 * `npm run build` writes each file's Brotli and gzip forms beside it, so that a server never spends its
 * start making them (seconds of Brotli at its best).
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'dashboard-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await precompressDir(outDir);
      this.info(`${files} files compressed with Brotli and gzip`);
    },
  };
}

/**
 * `npm run build` makes two things: the app (dist/, served to browsers) and, with `--ssr`, the server
 * as one JavaScript file (build/server/index.js) that `npm start` runs with plain Node, so that no
 * TypeScript is compiled at start. It sits two folders down, as src/server/config.ts does, so that
 * the repository's folder is found the same way from both.
 */
const SERVER_OUT = 'build/server';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: isSsrBuild ? [] : [react(), tailwindcss(), api(), precompress()],
  resolve: { alias },
  // the server's dependencies go into its one file too (all but the native SQLite binding): resolving
  // and loading a few hundred modules was most of the time before it listened
  ...(isSsrBuild
    ? { publicDir: false as const, ssr: { noExternal: true, external: ['better-sqlite3'] } }
    : {}),
  build: isSsrBuild
    ? {
        target: 'node20',
        outDir: SERVER_OUT,
        emptyOutDir: true,
        sourcemap: false,
        minify: false,
        reportCompressedSize: false,
        rolldownOptions: { output: { entryFileNames: 'index.js' } },
      }
    : {
        target: 'es2022',
        sourcemap: false,
        reportCompressedSize: false,
        // every browser the target allows loads modulepreload links natively
        modulePreload: { polyfill: false },
      },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'src/shared/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['src/client/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup-dom.ts'],
          // whole pages render in jsdom over the in-process API: seconds each on a busy 2-core machine
          testTimeout: 15_000,
        },
      },
    ],
  },
}));
