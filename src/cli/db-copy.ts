import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { CopyMismatchError, TargetNotEmptyError, type CopiedTable } from '../storage/kysely-copy.js';
import type { KyselyStore } from '../storage/kysely-store.js';
import { isPostgresUrl, openStore } from '../storage/open-store.js';
import { redactUrl } from '../storage/redact-url.js';
import { formatTable, printJson } from './output.js';
import { UserError } from './user-error.js';

/** Progress lines on stderr: a line a table, and one every this many rows of a large one. */
const PROGRESS_EVERY = 10_000;

/** Opens the embedded database to copy from, which must exist: opening a missing path would create an empty one. */
async function openSource(file: string): Promise<KyselyStore> {
  if (isPostgresUrl(file)) throw new UserError(`--from takes an embedded SQLite database (a .db file), not a URL; copying from PostgreSQL is not supported`);
  if (!existsSync(file)) throw new UserError(`--from ${file}: no such file; give the path of an embedded database (TRUCE_DB's file, truce.db by default)`);
  if (!statSync(file).isFile()) throw new UserError(`--from ${file} is not a file; give the path of an embedded database (a .db file)`);
  try {
    return await openStore(file);
  } catch (error) {
    throw new UserError(`--from ${file} is not a Truce database SQLite can open (${(error as Error).message})`, 1);
  }
}

/** `truce db copy --from FILE.db --to postgres://...`: moves an embedded record to a server, checked table by table. */
export function registerDbCopy(db: Command): void {
  db.command('copy')
    .description('copy the whole record of an embedded database to a PostgreSQL server, in one transaction, then check every table by count and checksum')
    .requiredOption('--from <file>', 'the embedded SQLite database to copy (it is migrated first if it is older)')
    .requiredOption('--to <url>', 'the PostgreSQL database to copy into, postgres://user:password@host:5432/database (migrated first)')
    .option('--force', 'replace whatever the target holds (it is refused otherwise)')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { from: string; to: string; force?: boolean; json?: boolean }) => {
      if (!isPostgresUrl(opts.to)) throw new UserError(`--to must be a PostgreSQL URL (postgres://user:password@host:5432/database), not "${redactUrl(opts.to)}"`);
      const to = redactUrl(opts.to);
      const source = await openSource(opts.from);
      try {
        const target = (await openStore(opts.to)) as KyselyStore;
        try {
          process.stderr.write(`Copying ${opts.from} to ${to}...\n`);
          const report = await source.copyInto(target, {
            force: opts.force,
            onProgress: (table, done, total) => {
              if (done === total && total > 0) process.stderr.write(`  ${table}: ${total} rows\n`);
              else if (done > 0 && done % PROGRESS_EVERY === 0) process.stderr.write(`  ${table}: ${done}/${total} rows...\n`);
            },
          });
          say(report, opts.from, to, opts.json);
        } catch (error) {
          if (error instanceof TargetNotEmptyError) throw new UserError(`${to}: ${error.message}; nothing was copied. Run with --force to replace what it holds`, 1);
          if (error instanceof CopyMismatchError) throw new UserError(`${error.message}; the copy was rolled back, ${to} is as it was`, 1);
          throw error;
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}

function say(report: CopiedTable[], from: string, to: string, json?: boolean): void {
  const rows = report.reduce((n, t) => n + t.rows, 0);
  if (json) {
    printJson({ from, to, rows, tables: report, verified: true });
    return;
  }
  process.stdout.write(formatTable(['table', 'rows', 'checksum (sha256)'], report.map((t) => [t.table, String(t.rows), t.checksum === '-' ? '(rows counted)' : t.checksum.slice(0, 16)])));
  process.stdout.write(`\nCopied ${rows} rows in ${report.length} tables from ${from} to ${to}; on the target every table has the same row count, and the same checksum, as on the source.\n`);
}
