import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { parseDateNotation } from '../domain/index.js';
import { Gazetteer } from '../gazetteer/gazetteer.js';
import { extract } from '../pipeline/extract/extract.js';
import { decodeText } from '../pipeline/extract/decode-text.js';
import { headDate } from '../pipeline/ingest/readers/head-date.js';
import { printJson } from './output.js';
import { UserError } from './user-error.js';

function readInput(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${file} is a folder; give one text file (the ingest command reads folders)`);
    throw new UserError(`${file}: cannot read it (${code ?? (error as Error).message})`);
  }
}

/** `truce extract FILE`: one document's incidents, claims and figures, with the evidence for each, as JSON. No database. */
export function registerExtract(program: Command): void {
  program
    .command('extract <file>')
    .description('read one plain-text report (or - for standard input) and print, as JSON, the incidents, claims and figures it holds, each with its evidence')
    .option('--published <date>', 'publication day, YYYY-MM-DD, for relative dates ("yesterday", "on Tuesday"); default the date under the title or in the dateline, else the latest day the text gives in full, else today')
    .option('--title <title>', 'the document\'s title')
    .option('--publisher <name>', 'who published it')
    .option('--url <url>', 'where it was published')
    .action((file: string, opts: { published?: string; title?: string; publisher?: string; url?: string }) => {
      let published: string | undefined;
      if (opts.published) {
        const range = parseDateNotation(opts.published);
        if (typeof range === 'string' || range.precision !== 'day') throw new UserError(`--published ${opts.published} is not a day: write YYYY-MM-DD`);
        published = range.start;
      }
      const decoded = decodeText(readInput(file));
      if ('error' in decoded) throw new UserError(`${file}: ${decoded.error}`);
      // As ingestion reads a text file: a date in its head is the report's own.
      published ??= headDate(decoded.text);
      printJson(extract({ text: decoded.text, published, title: opts.title, publisher: opts.publisher, url: opts.url }, Gazetteer.load()));
    });
}
