import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { IncidentFilter } from '../query/incident-filter.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../export/write-export.js';
import { addFilterOptions, queryFromOptions } from './filter-options.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

/** `truce export --format json|jsonl|csv`: the record, or the incidents the filters select. */
export function registerExport(program: Command): void {
  addFilterOptions(program.command('export').description('write the record as JSON, JSON Lines or CSV (to stdout, or --output FILE)'))
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--output <file>', 'write to this file instead of stdout')
    .action(async (opts: IncidentFilter & { format: string; output?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
        throw new UserError(`--format ${opts.format} is not a format this command writes; use one of ${EXPORT_FORMATS.join(', ')}`);
      }
      await withRecord(async (store) => {
        const query = await queryFromOptions(store, opts);
        if (!opts.output) return writeExport(store, opts.format as ExportFormat, process.stdout, query);
        const file = createWriteStream(opts.output);
        await writeExport(store, opts.format as ExportFormat, file, query);
        file.end();
        await finished(file);
        process.stderr.write(`Wrote ${opts.output}.\n`);
      });
    });
}
