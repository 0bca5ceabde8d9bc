import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { IMPORT_FORMATS, rowFormat } from '../interop/formats.js';
import { ImportFileError } from '../interop/import/read-csv-rows.js';
import { runImport, type ImportSummary } from '../interop/import/run-import.js';
import { printJson } from './output.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

/** A bar by bytes read (a million rows is minutes of work), on a terminal only. */
function importBar(file: string) {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `Importing ${file} [{bar}] {percentage}% · {rows} rows · {eta_formatted} left`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(100, 0, { rows: 0 });
  return {
    update: (d: { rows: number; bytes: number; totalBytes: number }) => bar.update(Math.floor((100 * d.bytes) / Math.max(1, d.totalBytes)), { rows: d.rows }),
    stop: () => bar.stop(),
  };
}

export function importLine(s: ImportSummary): string {
  return `Imported ${s.file}: ${s.rows} rows, ${s.imported} new incidents, ${s.existing} already in the record, ${s.failed} left out.`;
}

/** `truce import --format acled|ucdp FILE`: a dataset's rows as incidents, each with its provenance. */
export function registerImport(program: Command): void {
  program
    .command('import <file>')
    .description("add a dataset's rows to the record: each row an incident with one claim citing the file and the row's line; importing again changes nothing")
    .requiredOption('--format <format>', `one of ${IMPORT_FORMATS.join(', ')}`)
    .option('--json', 'print the summary, with every row left out, as JSON')
    .addHelpText(
      'after',
      [
        '',
        'The file may be a download as the dataset publishes it, or as a spreadsheet',
        'saves it: cells separated by commas, semicolons or tabs, decimal commas in the',
        'coordinates, a byte-order mark, CRLF line ends. A row that cannot be read is',
        'reported with its line and left out, and the others go in; the exit status is',
        '1 when any row was left out.',
      ].join('\n'),
    )
    .action(async (file: string, opts: { format: string; json?: boolean }) => {
      const format = rowFormat(opts.format);
      if (!format) throw new UserError(`--format ${opts.format} is not a format this command reads; use one of ${IMPORT_FORMATS.join(', ')}`);
      if (!existsSync(file)) throw new UserError(`${file} does not exist`);
      const summary = await withRecord(async (store) => {
        const bar = importBar(file);
        try {
          return await runImport(store, format, file, { onProgress: bar.update });
        } catch (error) {
          if (error instanceof ImportFileError) throw new UserError(error.message);
          throw error;
        } finally {
          bar.stop();
        }
      });
      if (opts.json) printJson(summary);
      else {
        for (const p of summary.problems.slice(0, 50)) process.stderr.write(`${file}:${p.line}: ${p.column ? `${p.column}: ` : ''}${p.message}\n`);
        if (summary.problems.length > 50) process.stderr.write(`... and ${summary.problems.length - 50} more rows left out (--json lists them all)\n`);
        process.stdout.write(`${importLine(summary)}\n`);
      }
      if (summary.failed) throw new UserError(`${summary.failed} of ${summary.rows} rows were left out (listed above); the others were imported`, 1);
    });
}
