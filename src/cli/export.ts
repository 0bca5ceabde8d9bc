import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { IncidentFilter } from '../query/incident-filter.js';
import { CLAIM_FORMATS, EXPORT_FORMATS, EXPORT_RECORDS, isExportFormat, isExportRecords, writeExport, type ExportFormat, type ExportRecords } from '../export/write-export.js';
import { addFilterOptions, queryFromOptions } from './filter-options.js';
import { progressCount } from './progress-count.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

type ExportOptions = IncidentFilter & { format: string; records: string; output?: string };

/** The flags as one format and one kind of record, or a one-line UserError naming the flag. */
function exportRequest(opts: ExportOptions): { format: ExportFormat; records: ExportRecords } {
  const { format, records } = opts;
  if (!isExportFormat(format)) throw new UserError(`--format ${format} is not a format this command writes; use one of ${EXPORT_FORMATS.join(', ')}`);
  if (!isExportRecords(records)) throw new UserError(`--records ${records} is not something this command exports; use one of ${EXPORT_RECORDS.join(', ')}`);
  if (records === 'claims' && !CLAIM_FORMATS.includes(format)) {
    throw new UserError(`--records claims is written as ${CLAIM_FORMATS.join(' or ')}, not ${format}; use ${CLAIM_FORMATS.map((f) => `--format ${f}`).join(' or ')}`);
  }
  return { format, records };
}

/**
 * `truce export --format json|jsonl|csv|geojson|acled|ucdp [--records incidents|claims]`: the
 * record, or the incidents the filters select (or their claims), to stdout or --output FILE.
 */
export function registerExport(program: Command): void {
  addFilterOptions(
    program
      .command('export')
      .description('write the record as JSON, JSON Lines, CSV, GeoJSON, or ACLED or UCDP rows (to stdout, or --output FILE)'),
  )
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--records <records>', `what a row holds: ${EXPORT_RECORDS.join(' or ')} (claims as ${CLAIM_FORMATS.join(' or ')})`, 'incidents')
    .option('--output <file>', 'write to this file instead of stdout')
    .action(async (opts: ExportOptions) => {
      const { format, records } = exportRequest(opts);
      await withRecord(async (store) => {
        const query = await queryFromOptions(store, opts);
        if (!opts.output) return writeExport(store, format, process.stdout, query, records);
        const file = createWriteStream(opts.output);
        const progress = progressCount(`Exporting ${format}`, 'incidents');
        let written: number;
        try {
          written = await writeExport(store, format, file, query, records, (done) => progress.update(done));
        } finally {
          progress.stop();
        }
        file.end();
        await finished(file);
        // JSON is collected whole, so its count is not known here.
        const incidents = `${written.toLocaleString('en')} ${written === 1 ? 'incident' : 'incidents'}`;
        process.stderr.write(format === 'json' ? `Wrote ${opts.output}.\n` : `Wrote ${opts.output}: ${records === 'claims' ? `${incidents}${written === 1 ? "'s" : "'"} claims` : incidents}.\n`);
      });
    });
}
