import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { stopGracefully } from './drain.ts';

/** A server told to stop answers what it has begun, and takes nothing new. */

function slowServer(ms: number): Promise<{ server: Server; url: string }> {
  const app = new Hono();
  app.get('/slow', async (c) => {
    await new Promise((done) => setTimeout(done, ms));
    return c.text('answered');
  });
  app.get('/quick', (c) => c.text('quick'));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({ server: server, url: `http://127.0.0.1:${info.port}` });
    }) as Server;
  });
}

describe('stopping gracefully', () => {
  it('answers the requests in flight, refuses new connections, then resolves', async () => {
    const { server, url } = await slowServer(400);
    // a kept-alive connection that is idle when the stop begins must not hold it up
    expect(await (await fetch(`${url}/quick`)).text()).toBe('quick');
    const inFlight = fetch(`${url}/slow`).then(async (r) => ({
      status: r.status,
      text: await r.text(),
    }));
    await new Promise((done) => setTimeout(done, 100));
    const started = performance.now();
    const stopped = stopGracefully(server, 5000);
    const port = (server.address() as AddressInfo | null)?.port;
    expect(port).toBeUndefined(); // no longer listening
    await expect(fetch(`${url}/quick`)).rejects.toThrow();
    expect(await inFlight).toEqual({ status: 200, text: 'answered' });
    expect(await stopped).toEqual({ forced: false });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('cuts off a request still running after the grace period', async () => {
    const { server, url } = await slowServer(5000);
    const inFlight = fetch(`${url}/slow`).then(
      (r) => r.status,
      () => 'cut off',
    );
    await new Promise((done) => setTimeout(done, 100));
    expect(await stopGracefully(server, 200)).toEqual({ forced: true });
    expect(await inFlight).toBe('cut off');
  });
});
