import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../server/app.js';
import { databaseLocation } from '../storage/open-store.js';
import { openRecord } from './open-record.js';
import { UserError } from './user-error.js';

/** `truce serve`: the read-only JSON API (and a plain page at /) on the record. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the record over HTTP: the JSON API under /api/v1/ and a page at / (port from --port, PORT, or 4000)')
    .option('--port <port>', 'port to listen on', process.env.PORT ?? '4000')
    .option('--host <host>', 'address to listen on (localhost: both 127.0.0.1 and ::1)', 'localhost')
    .action(async (opts: { port: string; host: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port ${opts.port} is not a port number (0-65535)`);
      const store = await openRecord();
      const app = createApp(store);
      const listen = (hostname: string, onPort: number) => {
        const server = serve({ fetch: app.fetch, port: onPort, hostname });
        return new Promise<typeof server>((resolve, reject) => {
          server.once('listening', () => resolve(server));
          server.once('error', (error: NodeJS.ErrnoException) =>
            reject(error.code === 'EADDRINUSE' ? new UserError(`port ${onPort} is in use; choose another with --port or PORT`) : error),
          );
        });
      };
      // Browsers and clients may resolve localhost to either address family, so answer on both.
      const main = await listen(opts.host === 'localhost' ? '127.0.0.1' : opts.host, port);
      const address = main.address();
      const shown = typeof address === 'object' && address ? address.port : port;
      const servers = [main];
      if (opts.host === 'localhost') await listen('::1', shown).then((s) => servers.push(s), () => undefined);
      process.stdout.write(`Truce is serving ${databaseLocation()} at http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${shown}/ (API under /api/v1/). Ctrl-C stops it.\n`);
      const stop = () => {
        for (const s of servers) s.close();
        void store.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => {});
    });
}
