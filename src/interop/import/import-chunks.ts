import { deriveIncident, type Actor, type Document, type Incident, type Place } from '../../domain/index.js';
import { RowProblem, type RowContext, type RowFormat } from '../row-format.js';
import { ActorResolver } from './actor-resolver.js';
import { PlaceResolver } from './place-resolver.js';
import { readCsvRowBlocks } from './read-csv-rows.js';

/** A row left out of an import: its line, the column at fault when one is, and why. */
export type ImportProblem = { line: number; column?: string; message: string };

/** What an import reads and checks before it writes: the file, the document citing it, and what the record knows already. */
export type ImportSetup = {
  path: string;
  document: Document;
  claimant: Actor;
  /** The record's places and actors, which rows are matched against by name. */
  places: Place[];
  actors: Actor[];
};

/**
 * Rows read so far, turned into what the store writes next: the incidents of the rows (the
 * publisher's derived figures included), the places and actors they first named, and the rows
 * left out. `rows` and `bytes` count everything read up to the end of the chunk.
 */
export type ImportChunk<T = Incident> = { incidents: T[]; places: Place[]; actors: Actor[]; problems: ImportProblem[]; rows: number; bytes: number };

/**
 * Reads a dataset's file in chunks of `size` incidents (the last one may be smaller, and is
 * given even when empty). A malformed row becomes a problem with its line; a row whose id
 * came earlier in the file is one too. Runs on whichever thread reads the file (see runImport).
 */
export async function* importChunks(format: RowFormat, setup: ImportSetup, size: number): AsyncGenerator<ImportChunk> {
  const { document, claimant } = setup;
  const places = new PlaceResolver(setup.places);
  const actors = new ActorResolver([...setup.actors, claimant]);
  // One context for every row, its line set before each (a new one a row cost a copy a row).
  const ctx: RowContext = {
    line: 0,
    document,
    claimant_id: claimant.id,
    place: (r) => places.resolve(r),
    actor: (r) => actors.resolve(r),
  };
  const derivation = { sideOf: (id: string) => actors.sides.get(id) ?? 'unknown', sourceOf: () => document.publisher_id };
  const seen = new Set<string>();
  let chunk: ImportChunk = { incidents: [], places: [], actors: [], problems: [], rows: 0, bytes: 0 };
  let rows = 0;
  let bytes = 0;
  const cut = (): ImportChunk => {
    const done = { ...chunk, places: places.take(), actors: actors.take(), rows, bytes };
    chunk = { incidents: [], places: [], actors: [], problems: [], rows: 0, bytes: 0 };
    return done;
  };
  // A block of rows at a time (see readCsvRowBlocks), not a promise a row.
  for await (const block of readCsvRowBlocks(setup.path, format.required, (n) => (bytes = n))) {
    for (const row of block) {
      rows += 1;
      if ('error' in row) {
        chunk.problems.push({ line: row.line, message: row.error });
        continue;
      }
      let incident: Incident | RowProblem;
      try {
        ctx.line = row.line;
        incident = format.toIncident(row.record, ctx);
      } catch (error) {
        incident = new RowProblem(format.idColumn, `the row could not be read: ${(error as Error).message}`);
      }
      if (incident instanceof RowProblem) {
        chunk.problems.push({ line: row.line, column: incident.column, message: incident.message });
        continue;
      }
      if (seen.has(incident.id)) {
        chunk.problems.push({ line: row.line, column: format.idColumn, message: `${format.idColumn} ${row.record[format.idColumn]} appears earlier in the file` });
        continue;
      }
      seen.add(incident.id);
      chunk.incidents.push(deriveIncident(incident, derivation));
      if (chunk.incidents.length >= size) yield cut();
    }
  }
  yield cut();
}
