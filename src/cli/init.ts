import type { Command } from 'commander';
import { databaseLocation, openStore } from '../storage/open-store.js';
import { redactUrl } from '../storage/redact-url.js';
import { isEmpty, loadInto } from './open-record.js';
import { UserError } from './user-error.js';

/** `truce init`: creates the database and loads the record's data files into it. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create the database (TRUCE_DB, default truce.db) and load the built-in record into it')
    .option('--data <dir>', 'load the data files from this directory instead of the built-in record')
    .option('--force', 'replace a record the database already holds')
    .action(async (opts: { data?: string; force?: boolean }) => {
      const location = databaseLocation();
      const store = await openStore(location);
      try {
        if (!(await isEmpty(store)) && !opts.force) {
          const c = await store.counts();
          throw new UserError(`${redactUrl(location)} already holds a record (${c.incidents} incidents); run "truce init --force" to replace it, or set TRUCE_DB to another file`);
        }
        // replaceRecord is one transaction: a bad data file leaves the old record as it was.
        await loadInto(store, opts.data, (line) => process.stdout.write(`${line}\n`));
        process.stdout.write(`The record is in ${redactUrl(location)}.\n`);
      } finally {
        await store.close();
      }
    });
}
