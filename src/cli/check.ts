import type { Command } from 'commander';
import { loadRecordDir } from '../record/load-record.js';

/** `truce check [--data DIR]`: validates a record's data files without touching a database. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate the record\'s data files (YAML under data/) and report every problem with its file and line')
    .option('--data <dir>', 'data directory to check (default: the built-in record)')
    .action((opts: { data?: string }) => {
      const record = loadRecordDir(opts.data);
      const counts = Object.entries(record).map(([kind, items]) => `${(items as unknown[]).length} ${kind}`);
      process.stdout.write(`The record is valid: ${counts.join(', ')}.\n`);
    });
}
