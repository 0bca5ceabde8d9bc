import { parse } from 'csv-parse';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acledFormat } from '../src/interop/acled/acled-format.js';
import { runImport } from '../src/interop/import/run-import.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { writeAcledFile } from './import-data.js';

// Importing a generated ACLED file of a million rows into a SQLite file holding the
// built-in record, beside merely parsing the same file as CSV in the same run:
//   npm run bench:import
// The parse is timed before and after the import and the two averaged, so a busy spell on
// this shared machine weighs on both sides alike. BENCH_IMPORT_ROWS changes the count.
// Progress goes to stderr; the last line of stdout is one JSON object with the figures.

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

async function parseOnly(path: string): Promise<number> {
  const started = performance.now();
  let rows = 0;
  // The same reader settings the import uses: a header, records by column name.
  for await (const _ of createReadStream(path).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, columns: true }))) rows += 1;
  const seconds = (performance.now() - started) / 1000;
  if (rows !== ROWS) throw new Error(`parsed ${rows} rows, expected ${ROWS}`);
  return rows / seconds;
}

const dir = mkdtempSync(join(tmpdir(), 'truce-bench-import-'));
try {
  const file = join(dir, 'acled.csv');
  log(`Generating ${ROWS} ACLED rows...`);
  await writeAcledFile(file, ROWS);
  log(`  ${round(statSync(file).size / 1e6)} MB`);

  log('Parsing only (before)...');
  const parseBefore = await parseOnly(file);
  log(`  ${Math.round(parseBefore)} rows/s`);

  const store = await SqliteStore.open(join(dir, 'truce.db'));
  await store.replaceRecord(loadRecordDir());
  log('Importing...');
  const started = performance.now();
  let lastLog = 0;
  const summary = await runImport(store, acledFormat, file, {
    onProgress: ({ rows }) => {
      if (rows - lastLog >= 100_000) {
        lastLog = rows;
        log(`  ${rows} rows, ${Math.round(rows / ((performance.now() - started) / 1000))} rows/s`);
      }
    },
  });
  const importSeconds = (performance.now() - started) / 1000;
  await store.close();
  if (summary.failed) throw new Error(`${summary.failed} rows were left out, first: ${JSON.stringify(summary.problems[0])}`);
  const rowsPerS = summary.rows / importSeconds;
  log(`  ${summary.imported} incidents in ${round(importSeconds)} s: ${Math.round(rowsPerS)} rows/s`);

  log('Parsing only (after)...');
  const parseAfter = await parseOnly(file);
  const csvRowsPerS = (parseBefore + parseAfter) / 2;
  console.log(
    JSON.stringify({
      bench: 'import',
      rows: summary.rows,
      rows_per_s: Math.round(rowsPerS),
      csv_parse_rows_per_s: Math.round(csvRowsPerS),
      ratio: round(rowsPerS / csvRowsPerS, 3),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
