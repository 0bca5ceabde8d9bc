import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { deriveIncident, type Actor, type Document, type Incident, type Source } from '../../domain/index.js';
import type { Store } from '../../storage/store.js';
import { RowProblem, type RowContext, type RowFormat } from '../row-format.js';
import { ActorResolver } from './actor-resolver.js';
import { PlaceResolver } from './place-resolver.js';
import { readCsvRows } from './read-csv-rows.js';

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
  problems: { line: number; column?: string; message: string }[];
};

export type ImportProgress = { onProgress?(done: { rows: number; bytes: number; totalBytes: number }): void };

/** Rows written per transaction: large enough that commits cost little, small enough to show progress. */
const BATCH = 2000;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
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
  const places = new PlaceResolver(await store.listPlaces());
  const actors = new ActorResolver([...(await store.listActors()), claimant]);
  const summary: ImportSummary = { file: path, dataset: format.dataset, document_id: document.id, rows: 0, imported: 0, existing: 0, failed: 0, problems: [] };
  let batch: Incident[] = [];
  let first = true;
  let bytes = 0;

  const flush = async () => {
    const written = await store.saveImportBatch({
      // The publisher and the file go with the first batch; a publisher stored already is left as it is.
      sources: first ? [source] : [],
      documents: first ? [document] : [],
      places: places.take(),
      actors: actors.take(),
      incidents: batch,
    });
    first = false;
    summary.imported += written.incidents;
    summary.existing += written.existing;
    batch = [];
    progress.onProgress?.({ rows: summary.rows, bytes, totalBytes });
  };

  const ctx: Omit<RowContext, 'line'> = {
    document,
    claimant_id: claimant.id,
    place: (r) => places.resolve(r),
    actor: (r) => actors.resolve(r),
  };
  const derivation = { sideOf: (id: string) => actors.sides.get(id) ?? 'unknown', sourceOf: () => publisher.id };
  const seen = new Set<string>();
  for await (const row of readCsvRows(path, format.required, (n) => (bytes = n))) {
    summary.rows += 1;
    if ('error' in row) {
      summary.failed += 1;
      summary.problems.push({ line: row.line, message: row.error });
      continue;
    }
    let incident: Incident | RowProblem;
    try {
      incident = format.toIncident(row.record, { ...ctx, line: row.line });
    } catch (error) {
      incident = new RowProblem(format.idColumn, `the row could not be read: ${(error as Error).message}`);
    }
    if (incident instanceof RowProblem) {
      summary.failed += 1;
      summary.problems.push({ line: row.line, column: incident.column, message: incident.message });
      continue;
    }
    if (seen.has(incident.id)) {
      summary.failed += 1;
      summary.problems.push({ line: row.line, column: format.idColumn, message: `${format.idColumn} ${row.record[format.idColumn]} appears earlier in the file` });
      continue;
    }
    seen.add(incident.id);
    batch.push(deriveIncident(incident, derivation));
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return summary;
}
