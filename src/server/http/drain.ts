import type { Server } from 'node:http';

/**
 * Stop a server gracefully (SIGTERM, SIGINT): it stops accepting connections at once, closes the
 * idle keep-alive ones, lets every request in flight be answered (its connection is then closed, so a
 * proxy sends the next request to another instance), and resolves once the last connection has gone.
 * A request still running after `graceMs` has its connection closed.
 */
export function stopGracefully(server: Server, graceMs = 10_000): Promise<{ forced: boolean }> {
  return new Promise((resolve) => {
    let forced = false;
    // a keep-alive connection that finishes a request after close() is idle: close it too
    const sweep = setInterval(() => {
      server.closeIdleConnections();
    }, 50);
    const deadline = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, graceMs);
    server.on('request', (_req, res) => {
      // a request that came on a kept-alive connection after the stop began is answered, and its
      // connection closed after it (one already answered, at once, is closed by the sweep when idle)
      if (!res.headersSent) res.setHeader('Connection', 'close');
    });
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ forced });
    });
    server.closeIdleConnections();
  });
}
