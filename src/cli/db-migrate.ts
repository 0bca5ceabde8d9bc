import type { Command } from 'commander';
import { redactUrl } from '../storage/redact-url.js';
import { databaseLocation, openStore } from '../storage/open-store.js';

/** `truce db migrate`: brings TRUCE_DB's schema up to date and says which migrations that took. */
export function registerDbMigrate(db: Command): void {
  db.command('migrate')
    .description('apply the migrations TRUCE_DB has not had yet (every command does this on opening; this says which)')
    .action(async () => {
      const location = databaseLocation();
      // Opening migrates; the store remembers what that applied.
      const store = await openStore(location);
      try {
        const applied = store.appliedMigrations;
        const where = redactUrl(location);
        if (!applied.length) process.stdout.write(`${where} is up to date: no migration to apply.\n`);
        else process.stdout.write(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'} to ${where}: ${applied.join(', ')}.\n`);
      } finally {
        await store.close();
      }
    });
}
