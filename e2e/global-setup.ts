import type { TestProject } from 'vitest/node';
import { startServer } from './server.ts';

/** One production server for every browser test file: it is read-only, and starting it takes time. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide('serverUrl', server.url);
  return server.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}
