import { createApp, type AppDeps } from '@server/app.ts';
import type { Db } from '@server/db/open.ts';

/** The API in-process: requests go straight to the app, with no network and no server to start. */
export function apiClient(db: Db, options: Omit<AppDeps, 'db'> = {}) {
  const { app, datasets } = createApp({ db, ...options });
  return {
    app,
    datasets,
    async get<T = unknown>(path: string, headers: Record<string, string> = {}) {
      const res = await app.request(path, { headers });
      const type = res.headers.get('Content-Type') ?? '';
      const body = (type.includes('json') ? await res.json() : await res.text()) as T;
      return { status: res.status, headers: res.headers, body };
    },
    request: (path: string, init?: RequestInit) => app.request(path, init),
  };
}
