import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Actor, Document, Incident, Source } from '../../domain/index.js';
import { writesEncodedImports, type EncodedImportStore, type EncodedIncident } from '../../storage/sqlite/sqlite-import-writer.js';
import type { Store } from '../../storage/store.js';
import { rowFormat } from '../formats.js';
import type { RowFormat } from '../row-format.js';
import { importChunks, type ImportChunk, type ImportProblem } from './import-chunks.js';
import { importChunksOnThread } from './import-thread.js';

/** What an import did; `problems` lists each row left out, with its line. */
export type ImportSummary = {
  file: string;
  dataset: string;
  document_id: string;
  rows: number;
  imported: number;
  /** Rows whose incident was stored already (an earlier import of the same rows). */
  existing: number;
  failed: number;
  problems: ImportProblem[];
};

export type ImportProgress = {
  onProgress?(done: { rows: number; bytes: number; totalBytes: number }): void;
  /** Read the file on a worker thread beside the writes; by default for files of THREAD_BYTES or more. */
  thread?: boolean;
};

/**
 * Rows written per transaction: commits rewrite the index pages the transaction touched (the
 * date indexes take rows all over), so fewer, larger ones write less; 10,000 rows hold
 * about 40 MB of new pages, within SQLite's page cache.
 */
const BATCH = 10_000;
/** Rows read at a time, each chunk written as it comes: what the reader made is garbage before it is old. */
const CHUNK = 250;
/** A file this large is read on a worker thread: starting one costs a fraction of a second, a few thousand rows' worth. */
const THREAD_BYTES = 4_000_000;
/**
 * Bytes a row takes at least, to guess how many rows a file brings before reading it: ACLED
 * rows run 300 to 1,000 bytes and GED's more, so the guess errs low (see SqliteImportWriter's
 * bulk loading, chosen when a file brings at least twice as many rows as the record holds
 * incidents).
 */
const ROW_BYTES = 1_000;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  // 1 MB reads rather than the stream's 64 KB: a 400 MB file hashed in 0.35 s rather than 0.5.
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Imports a dataset's CSV file: every row becomes an incident with one claim, whose claimant
 * is the dataset and whose document is the file (the row's line kept with the incident).
 * Streams the file and writes it in batches; a malformed row is reported with its line and
 * the rest goes in. Rows already stored (by their dataset id) are left alone, so importing
 * the same file again changes nothing.
 */
export async function runImport(store: Store, format: RowFormat, path: string, progress: ImportProgress = {}): Promise<ImportSummary> {
  const totalBytes = statSync(path).size;
  const hash = await sha256Of(path);
  const today = new Date().toISOString().slice(0, 10);
  const publisher = format.publisher;
  const source: Source = { id: publisher.id, name: publisher.name, kind: 'academic', country: 'unknown', side: 'third', url: publisher.url };
  const claimant: Actor = { id: publisher.id, name: publisher.name, kind: 'organisation', side: 'third', country: 'unknown', aliases: [], demonyms: [], roles: [] };
  const document: Document = {
    id: `import-${format.dataset}-${hash.slice(0, 16)}`,
    title: basename(path),
    publisher_id: publisher.id,
    published: { start: today, end: today, precision: 'day' },
    language: 'en',
    format: 'text/csv',
    sha256: hash,
    note: `${publisher.name} data imported from ${basename(path)}; each incident keeps the line of its row.`,
  };
  const setup = { path, document, claimant, places: await store.listPlaces(), actors: await store.listActors() };
  const summary: ImportSummary = { file: path, dataset: format.dataset, document_id: document.id, rows: 0, imported: 0, existing: 0, failed: 0, problems: [] };
  // SQLite takes the incidents encoded as its rows: the reading thread encodes them (see SqliteImportWriter).
  const encode = writesEncodedImports(store);
  // The thread finds the format by its name: one given otherwise is read here.
  const thread = (progress.thread ?? totalBytes >= THREAD_BYTES) && rowFormat(format.dataset) === format;
  const chunks: AsyncIterable<ImportChunk<Incident | EncodedIncident>> = thread ? importChunksOnThread(format.dataset, setup, CHUNK, encode) : importChunks(format, setup, CHUNK);
  let first = true;
  const write = async (target: Store, chunk: ImportChunk<Incident | EncodedIncident>) => {
    const batch = {
      // The publisher and the file go with the first batch; a publisher stored already is left as it is.
      sources: first ? [source] : [],
      documents: first ? [document] : [],
      places: chunk.places,
      actors: chunk.actors,
    };
    const written = thread && encode
      ? await (target as Store & EncodedImportStore).saveEncodedImportBatch({ ...batch, incidents: chunk.incidents as EncodedIncident[], ...(first ? { indexes: { defer: Math.floor(totalBytes / ROW_BYTES) } } : {}) })
      : await target.saveImportBatch({ ...batch, incidents: chunk.incidents as Incident[] });
    first = false;
    summary.rows = chunk.rows;
    summary.imported += written.incidents;
    summary.existing += written.existing;
    summary.failed += chunk.problems.length;
    summary.problems.push(...chunk.problems);
    progress.onProgress?.({ rows: chunk.rows, bytes: chunk.bytes, totalBytes });
  };
  // A transaction takes chunks as they come until it holds BATCH rows: commits stay few, and
  // a crash leaves whole transactions only.
  const reader = chunks[Symbol.asyncIterator]();
  try {
    let next = await reader.next();
    while (!next.done) {
      await store.transaction(async (trx) => {
        const until = summary.rows + BATCH;
        while (!next.done && summary.rows < until) {
          await write(trx, next.value);
          next = await reader.next();
        }
      });
    }
  } finally {
    // Stops the reading thread when a write failed.
    await reader.return?.(undefined);
    // Builds the indexes a large import left out, in a transaction of its own (also when a write failed).
    if (thread && encode) await (store as Store & EncodedImportStore).saveEncodedImportBatch({ sources: [], documents: [], places: [], actors: [], incidents: [], indexes: 'restore' });
  }
  return summary;
}
