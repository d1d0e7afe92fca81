/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import type * as DevServer from './src/server/dev.ts';

type DevModule = typeof DevServer;

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@server': resolve(import.meta.dirname, 'src/server'),
  '@client': resolve(import.meta.dirname, 'src/client'),
  '@testing': resolve(import.meta.dirname, 'src/testing'),
};

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

export default defineConfig({
  plugins: [react(), tailwindcss(), api()],
  resolve: { alias },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
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
        },
      },
    ],
  },
});
