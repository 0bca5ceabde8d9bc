import type { Command } from 'commander';
import { idFromName } from '../pipeline/ingest/publisher-of.js';
import { formatTable, printJson, wantsJson } from './output.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

/** `truce feed add|list|remove`: the news feeds `truce watch` polls. */
export function registerFeed(program: Command): void {
  const feed = program.command('feed').description('the RSS, Atom and JSON feeds that "truce watch" polls');
  feed
    .command('add <url>')
    .description('add a feed to watch')
    .option('--name <name>', 'a short name for it (default: its web address\'s host and path)')
    .action(async (url: string, opts: { name?: string }) => {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new UserError(`"${url}" is not a web address: give the feed's full http:// or https:// URL`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UserError(`${url}: only http:// and https:// feeds can be watched`);
      const name = opts.name?.trim() || `${parsed.hostname}${parsed.pathname === '/' ? '' : parsed.pathname}`;
      await withRecord(async (store) => {
        const feeds = await store.listFeeds();
        if (feeds.some((f) => f.url === parsed.toString())) throw new UserError(`${parsed} is watched already (see "truce feed list")`);
        let id = idFromName(name);
        for (let n = 2; feeds.some((f) => f.id === id); n++) id = `${idFromName(name)}-${n}`;
        const added = await store.addFeed({ id, url: parsed.toString(), name });
        process.stdout.write(`Added feed "${added.name}" (id ${added.id}): "truce watch" will poll it.\n`);
      });
    });
  feed
    .command('list')
    .description('list the feeds, with when each was last checked and its last error')
    .option('--json', 'print JSON even on a terminal')
    .action(async (opts: { json?: boolean }) => {
      await withRecord(async (store) => {
        const feeds = await store.listFeeds();
        if (wantsJson(opts)) return printJson({ feeds });
        if (!feeds.length) return void process.stdout.write('No feeds yet: add one with "truce feed add URL".\n');
        process.stdout.write(`${formatTable(['id', 'name', 'last checked', 'last error', 'url'], feeds.map((f) => [f.id, f.name, f.checked_at?.slice(0, 16).replace('T', ' ') ?? 'never', f.last_error ?? '', f.url]))}\n`);
      });
    });
  feed
    .command('remove <id-or-url>')
    .description('stop watching a feed (the documents taken from it stay in the record)')
    .action(async (idOrUrl: string) => {
      await withRecord(async (store) => {
        if (!(await store.removeFeed(idOrUrl))) throw new UserError(`no feed has the id or address "${idOrUrl}" (see "truce feed list")`);
        process.stdout.write(`Removed feed ${idOrUrl}; the documents taken from it stay in the record.\n`);
      });
    });
}
