import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';

/** A row as read, by column name, or what is wrong with it; `line` is where it ends in the file. */
export type ReadRow = { line: number; record: Record<string, string> } | { line: number; error: string };

/** A file that cannot be imported at all: no header, or one without the columns the format needs. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/**
 * Streams a CSV file's rows, keyed by the header's names, without loading the file. A row
 * with the wrong number of fields, or broken quoting, comes back as an error with its line,
 * and reading goes on with the next one.
 * @example for await (const row of readCsvRows('acled.csv', ['event_id_cnty'], (n) => bar.update(n))) ...
 */
export async function* readCsvRows(path: string, required: readonly string[], onBytes?: (bytesRead: number) => void): AsyncGenerator<ReadRow> {
  const skipped: ReadRow[] = [];
  let lastSkipped = -1;
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, info: true });
  // csv-parse may raise several errors for one row (each stray quote): the row is reported once.
  parser.on('skip', (error: Error & { lines?: number }) => {
    const line = error.lines ?? 0;
    if (line === lastSkipped) return;
    lastSkipped = line;
    skipped.push({ line, error: `the row cannot be read as CSV (${error.message.replace(/ at line \d+/, '')})` });
  });
  const input = createReadStream(path);
  let bytes = 0;
  input.on('data', (chunk) => {
    bytes += chunk.length;
    onBytes?.(bytes);
  });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let header: string[] | undefined;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // The parser reads ahead of what it has handed over: rows skipped further on wait for their turn, so problems come in line order.
    while (skipped.length && skipped[0].line < info.lines) yield skipped.shift()!;
    if (!header) {
      header = record.map((h) => h.trim());
      const missing = required.filter((c) => !header!.includes(c));
      if (missing.length) throw new ImportFileError(`${path}: the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (line 1 has: ${header.slice(0, 8).join(', ')}${header.length > 8 ? ', ...' : ''})`);
      continue;
    }
    if (record.length !== header.length) {
      yield { line: info.lines, error: `the row has ${record.length} fields where the header has ${header.length}` };
      continue;
    }
    const row: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) row[header[k]] = record[k];
    yield { line: info.lines, record: row };
  }
  while (skipped.length) yield skipped.shift()!;
  if (!header) throw new ImportFileError(`${path} is empty: a CSV file with a header row was expected`);
}
