import type Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { actorNames, normalizeName, placeNames, type Incident } from '../../domain/index.js';
import type { ImportBatch } from '../import-store.js';
import { rangeSum, statSides } from '../kysely-stats.js';

/**
 * An incident as the values of the rows SQLite stores for it, in one flat array (cheap to
 * hand from the thread that reads a file to the one that writes it):
 *   the incidents row (10 values: id ... data),
 *   n, then n incident_stats rows (12 values each, without incident_id),
 *   n, then n claims (8 values each: id, kind, claimant_id, document_id, status, data, statement, quote),
 *   n, then n facet rows (2 values each: facet, value),
 *   the incident's full-text title, summary and claims (CLAIM_IN_SUMMARY when its claim has no full-text row).
 * encodeIncident writes this layout and SqliteImportWriter.writeIncident reads it.
 */
export type EncodedIncident = (string | number | null)[];

/**
 * An import batch with its incidents encoded (see EncodedIncident). `indexes` asks for the
 * bulk-load path (see SqliteImportWriter.deferIndexes): `defer` on the import's first batch,
 * with the rows the whole import is expected to bring; 'restore' once at the end.
 */
export type EncodedImportBatch = Omit<ImportBatch, 'incidents'> & { incidents: EncodedIncident[]; indexes?: { defer: number } | 'restore' };

/** A store that writes encoded import batches (SQLite's). */
export interface EncodedImportStore {
  saveEncodedImportBatch(batch: EncodedImportBatch): Promise<{ incidents: number; existing: number }>;
}

export function writesEncodedImports(store: object): store is EncodedImportStore {
  return typeof (store as Partial<EncodedImportStore>).saveEncodedImportBatch === 'function';
}

/**
 * Adds a facet row after the count at `at` unless the incident has it already (an incident
 * has a handful): a function of its own, not a closure made for each incident.
 */
function pushFacet(out: EncodedIncident, at: number, kind: string, value: string): void {
  for (let k = at + 1; k < out.length; k += 2) if (out[k] === kind && out[k + 1] === value) return;
  out.push(kind, value);
  (out[at] as number) += 1;
}

/** statsRows(i, true)'s values, pushed as encodeIncident lays them out (the same sides and sums, without a row object a side). */
function pushStats(out: EncodedIncident, i: Incident): void {
  const sides = statSides(i);
  out.push(sides.length);
  const r = i.casualties;
  for (const side of sides) {
    out.push(side, 1, i.date.start, i.date.end, i.type.event_type, i.type.sub_event_type);
    out.push(rangeSum(r, side, 'killed', 'low'), rangeSum(r, side, 'killed', 'best'), rangeSum(r, side, 'killed', 'high'));
    out.push(rangeSum(r, side, 'wounded', 'low'), rangeSum(r, side, 'wounded', 'best'), rangeSum(r, side, 'wounded', 'high'));
  }
}

/** The claims' full-text line as searchRowsOf joins them. */
function claimsTextOf(claims: Incident['claims']): string {
  let text = '';
  for (let c = 0; c < claims.length; c++) {
    const { statement, quote } = claims[c];
    text += (c ? '\n' : '') + (statement && quote ? `${statement} ${quote}` : statement || quote || '');
  }
  return text;
}

/**
 * The rows KyselyStore.saveImportBatch writes for an incident, the same values: its row with
 * the JSON of all but its claims, its statistics rows, its claims, its facet rows (places,
 * actors, sides, each value once) and the texts searchRowsOf gives the full-text index, less
 * what an imported row would index twice (see CLAIM_IN_SUMMARY).
 */
export function encodeIncident(i: Incident): EncodedIncident {
  const claims = i.claims;
  // The JSON of all but the claims, key order kept: JSON.stringify leaves out a key whose
  // value is undefined, which spares copying the incident without them ({ claims, ...rest }).
  let json: string;
  try {
    (i as { claims?: Incident['claims'] }).claims = undefined;
    json = JSON.stringify(i);
  } finally {
    i.claims = claims;
  }
  const out: EncodedIncident = [i.id, i.title, i.type.event_type, i.type.sub_event_type, i.date.start, i.date.end, i.date.precision, i.status, i.origin, json];
  pushStats(out, i);
  out.push(claims.length);
  for (const c of claims) out.push(c.id, c.kind, c.claimant_id, c.document_id, c.status, JSON.stringify(c), c.statement, c.quote ?? '');
  const at = out.length;
  out.push(0);
  for (const p of i.places) pushFacet(out, at, 'place', p.place_id);
  for (const a of i.actor_ids) pushFacet(out, at, 'actor', a);
  for (const s of i.sides) pushFacet(out, at, 'side', s);
  // An imported row's one claim states the incident's summary: the words are indexed once,
  // under the summary (an incident search matches any column, so it finds the same rows),
  // and the claim has no full-text row of its own (see CLAIM_IN_SUMMARY).
  const claimsText = claimsTextOf(claims);
  const summary = i.summary.trim();
  out.push(i.title, i.summary, claimsText !== summary ? claimsText : claimsText && claims.length === 1 && claims[0].id === claimInSummaryId(i.id) ? CLAIM_IN_SUMMARY : '');
  return out;
}

/**
 * What an imported incident's full-text row holds in its `claims` column when its one claim,
 * `<incident id>/c1`, states the summary: the claim then has no row in claims_fts (its words
 * would be tokenised and stored a second time, about a seventh of the writer's work), and
 * claim search finds it through the incident's summary (SqliteStore.claimTextMatch). A control
 * character: the tokenizer reads no word in it, so incident search and its ranking see an
 * empty column, as before.
 */
export const CLAIM_IN_SUMMARY = '\u001f';

/** The id of the claim an incident's row stands for when it holds CLAIM_IN_SUMMARY. */
export function claimInSummaryId(incidentId: string): string {
  return `${incidentId}/c1`;
}

/** The settings row holding the definitions of the indexes a large import dropped, until they are built again. */
const DEFERRED_INDEXES = 'import_deferred_indexes';
/**
 * The indexes a large import builds once at the end: each takes an entry for every imported
 * row, in another order than the file's. Building one scans its table, so the partial indexes
 * imported rows stay out of (incidents_by_parent, incidents_listed_long) are kept up to date
 * instead, which costs next to nothing.
 */
const BULK_INDEXES = ['incidents_by_date', 'incidents_by_end', 'incidents_listed_by_date', 'claims_by_incident', 'claims_by_document', 'incident_facets_by_incident_facet'];

/**
 * The page cache (in KiB, as SQLite's negative cache_size) while restoreIndexes builds: SQLite
 * sorts an index's entries in memory runs as large as the cache, then merges them. One run
 * the size of the store's 64 MB cache sorted slower than 8 MB runs merged, and those runs can
 * be sorted on threads of their own (SORT_THREADS). The six indexes of a million imported
 * ACLED rows: 9.0 to 10.4 s with the store's cache and no threads, 5.1 to 6.0 s with 8 MB runs
 * on two threads, and less CPU in all (docs/interop.md, Speed).
 */
const SORT_CACHE = -8192;
/** Threads SQLite may sort an index's runs on beside the building one (at most the machine's cores). */
const SORT_THREADS = 2;

/** What deferIndexes leaves in settings: the importing process, and the indexes to build. */
type DeferredIndexes = { pid: number; indexes: { name: string; sql: string }[] };

/** Whether a process of this machine still runs (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * SQLite's write path for imports: the rows KyselyStore.saveImportBatch writes, the same ones
 * in the same order (but for the full-text rows of an imported claim, see CLAIM_IN_SUMMARY), through statements prepared once per connection and run straight from
 * encoded incidents, with no query built per batch. A million-row import spends most of its
 * time here; building the values through Kysely's row objects cost as much as SQLite's work.
 *
 * `write` runs synchronously on the connection: call it inside the store's transaction.
 */
export class SqliteImportWriter {
  private static readonly writers = new WeakMap<Database.Database, SqliteImportWriter>();

  /** The writer of a connection, its statements prepared on first use. */
  static for(database: Database.Database): SqliteImportWriter {
    let writer = SqliteImportWriter.writers.get(database);
    if (!writer) SqliteImportWriter.writers.set(database, (writer = new SqliteImportWriter(database)));
    return writer;
  }

  private readonly has: Record<'sources' | 'documents' | 'places' | 'actors', Database.Statement>;
  // An incident stored already is left alone: the insert does nothing and says so (changes 0),
  // which spares looking it up first. Only the id's uniqueness is waived, not NOT NULL.
  private readonly incident: Database.Statement;
  private readonly stats: Database.Statement;
  private readonly claim: Database.Statement;
  private readonly facet: Database.Statement;
  private readonly incidentText: Database.Statement;
  private readonly claimText: Database.Statement;
  private readonly documentText: Database.Statement;
  private readonly source: Database.Statement;
  private readonly document: Database.Statement;
  private readonly place: Database.Statement;
  private readonly actor: Database.Statement;
  private readonly name: Database.Statement;

  private constructor(private readonly database: Database.Database) {
    const prepare = (text: string) => database.prepare(text);
    this.has = {
      sources: prepare('SELECT 1 FROM sources WHERE id = ?').pluck(),
      documents: prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
      places: prepare('SELECT 1 FROM places WHERE id = ?').pluck(),
      actors: prepare('SELECT 1 FROM actors WHERE id = ?').pluck(),
    };
    this.incident = prepare(
      `INSERT INTO incidents (id, title, event_type, sub_event_type, date_start, date_end, precision, status, origin, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    this.stats = prepare(
      `INSERT INTO incident_stats (incident_id, side, listed, date_start, date_end, event_type, sub_event_type, killed_low, killed_best, killed_high, wounded_low, wounded_best, wounded_high) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.claim = prepare(`INSERT INTO claims (id, incident_id, position, kind, claimant_id, document_id, status, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.facet = prepare(`INSERT INTO incident_facets (incident_id, facet, value) VALUES (?, ?, ?)`);
    this.incidentText = prepare(`INSERT INTO incidents_fts (id, title, summary, claims) VALUES (?, ?, ?, ?)`);
    this.claimText = prepare(`INSERT INTO claims_fts (id, statement, quote) VALUES (?, ?, ?)`);
    this.documentText = prepare(`INSERT INTO documents_fts (id, title, text) VALUES (?, ?, ?)`);
    this.source = prepare(`INSERT INTO sources (id, data) VALUES (?, ?)`);
    this.document = prepare(`INSERT INTO documents (id, publisher_id, published_start, title, data) VALUES (?, ?, ?, ?, ?)`);
    this.place = prepare(`INSERT INTO places (id, name, level, country, parent_id, data) VALUES (?, ?, ?, ?, ?, ?)`);
    this.actor = prepare(`INSERT INTO actors (id, name, kind, side, country, parent_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.name = prepare(`INSERT INTO names (kind, id, name, norm) VALUES (?, ?, ?, ?)`);
  }

  /** Writes what is new in the batch (see ImportStore.saveImportBatch); returns how many incidents were new. */
  write(batch: EncodedImportBatch): { incidents: number; existing: number } {
    if (batch.indexes === 'restore') SqliteImportWriter.restoreIndexes(this.database);
    else if (batch.indexes) this.deferIndexes(batch.indexes.defer);
    // Whatever is stored already stays as it is, and so does a second copy within the batch.
    const fresh = <T extends { id: string }>(table: keyof SqliteImportWriter['has'], items: T[]): T[] => {
      const seen = new Set<string>();
      return items.filter((x) => !seen.has(x.id) && seen.add(x.id) && this.has[table].get(x.id) === undefined);
    };
    const sources = fresh('sources', batch.sources);
    const documents = fresh('documents', batch.documents);
    const places = fresh('places', batch.places);
    const actors = fresh('actors', batch.actors);
    for (const s of sources) this.source.run(s.id, JSON.stringify(s));
    for (const d of documents) this.document.run(d.id, d.publisher_id, d.published.start, d.title, JSON.stringify(d));
    for (const p of places) this.place.run(p.id, p.name, p.level, p.country, p.parent_id ?? null, JSON.stringify(p));
    for (const a of actors) this.actor.run(a.id, a.name, a.kind, a.side, a.country, a.parent_id ?? null, JSON.stringify(a));
    for (const p of places) for (const name of placeNames(p)) this.name.run('place', p.id, name, normalizeName(name));
    for (const a of actors) for (const name of actorNames(a)) this.name.run('actor', a.id, name, normalizeName(name));
    let written = 0;
    for (const incident of batch.incidents) if (this.writeIncident(incident)) written += 1;
    for (const d of documents) this.documentText.run(d.id, d.title, d.text ?? '');
    return { incidents: written, existing: batch.incidents.length - written };
  }

  /**
   * Bulk loading: when an import is expected to bring at least twice as many rows as the record
   * holds incidents, BULK_INDEXES are dropped (in the transaction of its first batch) and
   * built once at the end by restoreIndexes. Building an index from sorted rows costs a
   * fraction of inserting each row's entries at random places in it (100k prebuilt ACLED rows:
   * the writer's 36 us of CPU a row fell to 24, plus 5 for the building). Their
   * definitions wait in `settings` with the importing process's id, so that a crash before the
   * end leaves them to be built when the file is next opened (SqliteStore.open) rather than
   * lost; meanwhile every query still gives the same answers, more slowly (a listing reads
   * the incidents whole). Unique indexes stay: they are constraints.
   */
  private deferIndexes(expectedRows: number): void {
    if (this.database.prepare('SELECT 1 FROM settings WHERE key = ?').get(DEFERRED_INDEXES)) return;
    const stored = this.database.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number };
    if (expectedRows < 2 * stored.n) return;
    const indexes = this.database
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%' AND name IN (${BULK_INDEXES.map(() => '?').join(', ')}) ORDER BY name`)
      .all(...BULK_INDEXES) as { name: string; sql: string }[];
    if (!indexes.length) return;
    const deferred: DeferredIndexes = { pid: process.pid, indexes };
    this.database.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(DEFERRED_INDEXES, JSON.stringify(deferred));
    for (const index of indexes) this.database.exec(`DROP INDEX "${index.name}"`);
  }

  /**
   * Builds the indexes a large import dropped (see deferIndexes), if any wait and their import
   * is this process's or no longer runs: at the end of the import, and when a file is opened
   * (after a crash mid-import). A server opening the file while another process imports into
   * it leaves them to that import. Call it in a transaction, or alone on the connection.
   */
  static restoreIndexes(database: Database.Database): void {
    // A file older than the settings table (migrations to come) has nothing waiting.
    if (!database.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'`).get()) return;
    const row = database.prepare('SELECT value FROM settings WHERE key = ?').get(DEFERRED_INDEXES) as { value: string } | undefined;
    if (!row) return;
    const deferred = JSON.parse(row.value) as DeferredIndexes;
    if (deferred.pid !== process.pid && isRunning(deferred.pid)) return;
    const exists = database.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`);
    const settings = { cache_size: database.pragma('cache_size', { simple: true }), threads: database.pragma('threads', { simple: true }) };
    database.pragma(`cache_size = ${SORT_CACHE}`);
    database.pragma(`threads = ${Math.min(SORT_THREADS, availableParallelism())}`);
    try {
      for (const index of deferred.indexes) if (!exists.get(index.name)) database.exec(index.sql);
    } finally {
      database.pragma(`cache_size = ${settings.cache_size}`);
      database.pragma(`threads = ${settings.threads}`);
    }
    database.prepare('DELETE FROM settings WHERE key = ?').run(DEFERRED_INDEXES);
  }

  /** An encoded incident's rows; false when the incident is stored already. */
  private writeIncident(e: EncodedIncident): boolean {
    if (this.incident.run(e.slice(0, 10)).changes === 0) return false;
    const id = e[0];
    let k = 10;
    for (let n = e[k++] as number; n > 0; n--, k += 12) {
      this.stats.run(id, e[k], e[k + 1], e[k + 2], e[k + 3], e[k + 4], e[k + 5], e[k + 6], e[k + 7], e[k + 8], e[k + 9], e[k + 10], e[k + 11]);
    }
    const claims = k;
    const count = e[k++] as number;
    for (let position = 0; position < count; position++, k += 8) this.claim.run(e[k], id, position, e[k + 1], e[k + 2], e[k + 3], e[k + 4], e[k + 5]);
    for (let n = e[k++] as number; n > 0; n--, k += 2) this.facet.run(id, e[k], e[k + 1]);
    this.incidentText.run(id, e[k], e[k + 1], e[k + 2]);
    if (e[k + 2] === CLAIM_IN_SUMMARY) return true;
    for (let c = 0, at = claims + 1; c < count; c++, at += 8) this.claimText.run(e[at], e[at + 6], e[at + 7]);
    return true;
  }
}
