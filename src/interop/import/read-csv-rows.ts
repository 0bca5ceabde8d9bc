import { Parser, type CsvError } from 'csv-parse';
import { createReadStream } from 'node:fs';

/** A row as read, by column name, or what is wrong with it; `line` is where it ends in the file. */
export type ReadRow = { line: number; record: Record<string, string> } | { line: number; error: string };

/** A file that cannot be imported at all: no header, or one without the columns the format needs. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/**
 * A function that names a row's cells by the header: an object literal with the header's
 * names as its keys, compiled once a file. Every row's object then has the same shape from
 * the start, where keys added one by one (31 for ACLED) left V8 a slower object to make and
 * read; the keys, their order and a repeated name (the last cell wins) are as assigning them
 * in a loop gives.
 */
function rowMaker(header: string[]): (cells: string[]) => Record<string, string> {
  // A literal cannot name __proto__ twice: such a header is named in a loop.
  if (header.includes('__proto__')) {
    return (cells) => {
      const row: Record<string, string> = {};
      for (let k = 0; k < header.length; k++) row[header[k]] = cells[k];
      return row;
    };
  }
  const keys = header.map((name, k) => `${JSON.stringify(name)}: c[${k}]`);
  return new Function('c', `return { ${keys.join(', ')} };`) as (cells: string[]) => Record<string, string>;
}

/** The delimiters a header may use; a spreadsheet saving "CSV" where the decimal mark is a comma writes semicolons. */
const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of a file, from its first line: the one the header uses most (a comma when it uses none). */
export function sniffDelimiter(head: string): string {
  const firstLine = head.split('\n', 1)[0];
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = firstLine.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** csv-parse's parser entry point, as its stream calls it (Parser._transform). */
type ParserApi = { parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined };

/**
 * Streams a CSV file's rows, keyed by the header's names, without loading the file: the rows
 * of each block of the file read, in file order. A row with the wrong number of fields, or
 * broken quoting, comes back as an error with its line, and reading goes on with the next one.
 *
 * The blocks are given to csv-parse's parser itself (its `api`, the object its stream wraps),
 * which hands each record to a function while it parses: the record's line is then the
 * parser's own count, so no `info` object is made for each row (csv-parse's `info: true`
 * builds one by spreading its counters twice), and the rows skip the stream's per-record
 * queue and promise (for await over an object stream). Reading 100,000 ACLED rows: see
 * docs/interop.md, Speed.
 * @example for await (const rows of readCsvRowBlocks('acled.csv', ['event_id_cnty'], (n) => bar.update(n))) ...
 */
export async function* readCsvRowBlocks(path: string, required: readonly string[], onBytes?: (bytesRead: number) => void): AsyncGenerator<ReadRow[]> {
  let lastSkipped = -1;
  let header: string[] | undefined;
  let named: ((cells: string[]) => Record<string, string>) | undefined;
  let out: ReadRow[] = [];
  // csv-parse may raise several errors for one row (each stray quote): the row is reported once.
  const onSkip = (error: CsvError | undefined): undefined => {
    if (!error) return;
    const line = Number((error as { lines?: number }).lines ?? 0);
    if (line === lastSkipped) return;
    lastSkipped = line;
    out.push({ line, error: `the row cannot be read as CSV (${error.message.replace(/ at line \d+/, '')})` });
  };
  // Made on the first block, once its header tells the delimiter.
  let parser: Parser | undefined;
  let api: ParserApi | undefined;
  const push = (record: string[]) => {
    const line = parser!.info.lines;
    if (!header) {
      header = record.map((h) => h.trim());
      const missing = required.filter((c) => !header!.includes(c));
      if (missing.length) throw new ImportFileError(`${path}: the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (line 1 has: ${header.slice(0, 8).join(', ')}${header.length > 8 ? ', ...' : ''})`);
      named = rowMaker(header);
      return;
    }
    if (record.length !== header.length) {
      out.push({ line, error: `the row has ${record.length} fields where the header has ${header.length}` });
      return;
    }
    out.push({ line, record: named!(record) });
  };
  const close = () => {};
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    bytes += (chunk as Buffer).length;
    onBytes?.(bytes);
    if (!api) {
      const delimiter = sniffDelimiter((chunk as Buffer).toString('utf8', 0, Math.min((chunk as Buffer).length, 16_384)));
      parser = new Parser({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, on_skip: onSkip });
      api = (parser as unknown as { api: ParserApi }).api;
    }
    const error = api.parse(chunk as Buffer, false, push, close);
    if (error) throw error;
    if (out.length) {
      const rows = out;
      out = [];
      yield rows;
    }
  }
  const error = api?.parse(undefined, true, push, close);
  if (error) throw error;
  if (out.length) yield out;
  if (!header) throw new ImportFileError(`${path} is empty: a CSV file with a header row was expected`);
}
