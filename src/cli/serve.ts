import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../server/app.js';
import { warmUp } from '../server/warm-up.js';
import { databaseLocation } from '../storage/open-store.js';
import { redactUrl } from '../storage/redact-url.js';
import { queueEnabled } from '../queue/queue-switch.js';
import { openRecord } from './open-record.js';
import { UserError } from './user-error.js';

/** `truce serve`: the web app at / and the JSON API under /api/v1/ on the record; writes need an account. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the record over HTTP: the web app at / and the JSON API under /api/v1/ (port from --port, PORT, or 4000)')
    .option('--port <port>', 'port to listen on', process.env.PORT ?? '4000')
    .option('--host <host>', 'address to listen on (localhost: both 127.0.0.1 and ::1)', 'localhost')
    .option('--private', 'reads need a signed-in user too (else the stored setting an admin chose, else public)')
    .option('--public', 'anyone may read, whatever the stored setting')
    .option('--tiles <url>', 'a map tile server for the web map, e.g. https://tile.example.org/{z}/{x}/{y}.png (default: TRUCE_TILE_URL, else none: the map draws Natural Earth borders offline)', process.env.TRUCE_TILE_URL)
    .option('--tiles-attribution <text>', "the tile server's credit line", process.env.TRUCE_TILE_ATTRIBUTION)
    .option('--queue', 'queue uploaded and posted documents for "truce worker" processes (answer 202) instead of ingesting them here; PostgreSQL only, as TRUCE_WORKERS=1')
    .option('--trust-proxy', 'believe X-Forwarded-For and X-Forwarded-Proto (only behind your own reverse proxy, which should terminate TLS)')
    .addHelpText('after', '\nWrites need an account: create one with "truce user add NAME --role admin", then sign in on the page or use "truce token create".')
    .action(async (opts: { port: string; host: string; private?: boolean; public?: boolean; trustProxy?: boolean; tiles?: string; tilesAttribution?: string; queue?: boolean }) => {
      if (opts.private && opts.public) throw new UserError('choose one of --private and --public');
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port ${opts.port} is not a port number (0-65535)`);
      if (opts.queue && !queueEnabled(true)) throw new UserError('--queue needs TRUCE_DB to be a postgres:// URL: the job queue lives on PostgreSQL');
      const store = await openRecord();
      // pg-boss is loaded only when documents are queued.
      const queue = queueEnabled(opts.queue) ? await (await import('../queue/job-queue.js')).JobQueue.open(databaseLocation(), { supervise: false }) : undefined;
      const app = createApp(store, { queue, readAccess: opts.private ? 'private' : opts.public ? 'public' : undefined, trustProxy: opts.trustProxy, tileUrl: tileUrl(opts.tiles), tileAttribution: opts.tilesAttribution });
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
      void warmUp(app);
      process.stdout.write(`Truce is serving ${redactUrl(databaseLocation())} at http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${shown}/ (API under /api/v1/)${queue ? ', queueing documents for truce worker' : ''}. Ctrl-C stops it.\n`);
      const stop = () => {
        for (const s of servers) s.close();
        void Promise.all([store.close(), queue?.close()]).then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => {});
    });
}

/** A tile URL template must be an http(s) address with {z}, {x} and {y} in it. */
function tileUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.replace(/[{}]/g, ''));
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !['{z}', '{x}', '{y}'].every((p) => url.includes(p))) {
    throw new UserError(`--tiles ${url} is not a tile address: it should look like https://tile.example.org/{z}/{x}/{y}.png`);
  }
  return url;
}
