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
  // nor the curves and legend symbols that no chart here draws
  {
    find: /^victory-vendor\/d3-shape$/,
    replacement: resolve(import.meta.dirname, 'src/client/vendor/d3-shape-used.ts'),
  },
  // nor the decimal arithmetic of recharts' own nice ticks (value axes are given their ticks; a
  // few lines of plain numbers serve the provisional axes it works out before they are)
  {
    find: /^decimal\.js-light$/,
    replacement: resolve(import.meta.dirname, 'src/client/vendor/decimal-light.ts'),
  },
  // nor a forced layout of the whole page while a chart is first drawn (see the file)
  {
    find: /^\.\.\/util\/useReportScale$/,
    replacement: resolve(import.meta.dirname, 'src/client/vendor/recharts-report-scale.ts'),
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

/**
 * Small modules that most views share (figures, words, formats, a panel's pending state, the frame of
 * a figure: its table, notes, source line and tools): one chunk, not a dozen of a kilobyte each. Each chunk costs the first page its own headers, imports and gzip
 * dictionary; together they were 1.4 KB gzipped more than as one. Their own imports stay where they
 * are (`includeDependenciesRecursively: false`), so that nothing else is pulled into the first page.
 */
const SHARED_SMALL = new RegExp(
  [
    'client/lib/(wording|chart-data|words|view-panel|use-coverage|national-figure|note-words|use-figure-tab)',
    'client/components/charts/(colours|chart-height|chart-figure|data-table|source-line|figure-notes|shorthand-key|counts-figure)',
    'client/components/ui/(pending|tabs|national-figure-lazy)',
    'client/components/figure-tools/(figure-mode|tool-bar|figure-tools)',
    'client/api/counts',
    'client/features/overview/follow-ups',
    'shared/(outcome-figures|crimes|measure-words|figures|key-facts-words|reference/outcome-ids|note-words|interval-words)',
    'client/lib/format',
  ]
    .map((p) => `src/${p}\\.tsx?$`)
    .join('|'),
);

const TREND =
  /(src\/client\/components\/charts\/(trend-chart|legend|chart-tooltip)\.tsx|src\/client\/components\/ui\/scroll-table\.tsx|recharts\/es6\/(chart\/LineChart|cartesian\/Line)\.js)$/;

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
        rolldownOptions: {
          output: {
            // every character outside ASCII written as an escape: a script that is all ASCII is
            // held and parsed by the browser one byte a character, without decoding it to UTF-16
            // first (about 45 ms less of the first page's parsing on this machine, issue 17)
            charset: 'ascii',
            codeSplitting: {
              groups: [
                {
                  // the line chart is drawn by the overview's trend and by the platforms view: one
                  // chunk with the trend's own code, not a shared chunk of its own on the first page
                  name: 'trend-chart',
                  test: (id: string) => TREND.test(id.replaceAll('\\', '/')),
                  includeDependenciesRecursively: true,
                },
                {
                  name: 'figures',
                  test: (id: string) => SHARED_SMALL.test(id.replaceAll('\\', '/')),
                  includeDependenciesRecursively: false,
                },
              ],
            },
          },
        },
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
