import type { Command } from 'commander';
import { registerDbCopy } from './db-copy.js';
import { registerDbMigrate } from './db-migrate.js';

/** `truce db migrate|copy`: the database itself, apart from the record in it. */
export function registerDb(program: Command): void {
  const db = program.command('db').description('the database: apply migrations, copy an embedded record to a PostgreSQL server');
  registerDbMigrate(db);
  registerDbCopy(db);
}
