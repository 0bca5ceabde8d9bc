import { Migrator, sql, type Kysely, type Migration, type RawBuilder, type Transaction } from 'kysely';
import {
  normalizeName,
  placeNames,
  actorNames,
  type Actor,
  type Agreement,
  type Claim,
  type ConflictRecord,
  type Document,
  type Incident,
  type Meeting,
  type Place,
  type Precondition,
  type Source,
} from '../domain/index.js';
import type { AuditEntry, AuditInput } from '../audit/chain.js';
import type { Role } from '../accounts/roles.js';
import type { Session } from './account-store.js';
import type { AuditQuery } from './audit-store.js';
import { randomBytes } from 'node:crypto';
import type { IncidentEdit, IncidentNote } from './note-store.js';
import type { ImportBatch } from './import-store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { MIN_SHARED_BANDS, type Feed, type IngestedDocument, type StoredHash } from './ingest-store.js';
import * as accounts from './kysely-accounts.js';
import * as audit from './kysely-audit.js';
import * as ingest from './kysely-ingest.js';
import * as map from './kysely-map.js';
import * as read from './kysely-read.js';
import * as reconcile from './kysely-reconcile.js';
import { statsRows } from './kysely-stats.js';
import { incidentStats } from './kysely-stats.js';
import type { ClaimQuery, DocumentQuery } from './read-store.js';
import type { IncidentReview, Reconciliation, ReportWindow } from './reconcile-store.js';
import { fromJson, type Database } from './schema.js';
import type { SqlDialect } from './sql-dialect.js';
import { searchRowsOf, type SearchRows } from './search-rows.js';
import { COPIED_TABLES, copyRecord, type CopiedTable, type CopyOptions, type SearchBatches } from './kysely-copy.js';
import type { MapQuery } from './map-store.js';
import type { StatsQuery } from './stats-store.js';
import { MAX_PAGE_SIZE, type IncidentQuery, type Page, type RecordCounts, type SearchHits, type Store } from './store.js';

const CHUNK = 200;
/** Facet rows counted before a filter value is judged common (see listIncidents). */
const COMMON_FACET = 2000;
/** Incidents spanning more days than this are "long"; the 0005 migration's partial index holds them. */
const LONG_DAYS = 31;

let notesMade = 0;
/**
 * A note's id: its time, then a count in this process, then random characters. Notes listed
 * by time then id keep the order they were written in, even when two share a millisecond.
 */
function noteId(): string {
  return `note_${Date.now().toString(36)}${(notesMade++ % 36 ** 4).toString(36).padStart(4, '0')}_${randomBytes(6).toString('base64url')}`;
}

/**
 * What every SQL backend shares, written once with Kysely. A backend supplies its
 * migrations and its full-text search; everything else it inherits.
 */
export abstract class KyselyStore implements Store {
  constructor(protected readonly db: Kysely<Database>) {}

  /** The SQL this backend writes its own way (see SqlDialect). */
  protected abstract readonly dialect: SqlDialect;

  abstract migrate(): Promise<void>;

  /** Migrations this store applied since it was opened, in order: what `truce db migrate` reports. */
  readonly appliedMigrations: string[] = [];

  /** Applies whichever of the backend's migrations the database has not had yet. */
  protected async migrateWith(migrations: Record<string, Migration>, options: { migrationTableSchema?: string } = {}): Promise<void> {
    const { error, results } = await new Migrator({ db: this.db, provider: { getMigrations: async () => migrations }, ...options }).migrateToLatest();
    if (error) throw error;
    for (const r of results ?? []) if (r.status === 'Success') this.appliedMigrations.push(r.migrationName);
  }
  abstract dataVersion(): Promise<string>;

  /** The same store working inside a transaction: a backend opens itself on `trx`. */
  protected abstract onTransaction(trx: Transaction<Database>): KyselyStore;

  /**
   * Runs `work` in one transaction: everything it writes through the store it is given
   * commits together, or none of it does. Inside, use only that store: on SQLite the
   * outer one waits for the transaction to end.
   */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    return this.inTransaction((trx) => work(this.onTransaction(trx)));
  }

  /** A transaction of its own, or the one this store already works in. */
  protected inTransaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.isTransaction ? work(this.db as Transaction<Database>) : this.db.transaction().execute(work);
  }

  /**
   * Inserts rows inside a transaction. Kysely's multi-row inserts by default; a backend may
   * do better (SQLite reuses one prepared statement a table, several times faster).
   */
  protected insertRows<T extends keyof Database>(trx: Transaction<Database>, table: T, rows: Database[T][]): Promise<void> {
    return insert(trx, table, rows);
  }
  /** Sets reports' incidents (a chunk a statement by default; a backend may do better). */
  protected setParents(trx: Transaction<Database>, parents: { report_id: string; incident_id: string }[]): Promise<void> {
    return reconcile.setParents(trx, parents);
  }
  /** Rows for the backend's full-text index, written in the same transaction as the record (documents with their text). */
  protected writeSearchIndex(trx: Transaction<Database>, record: Pick<ConflictRecord, 'incidents' | 'documents'>, options?: { claims?: boolean }): Promise<void> {
    return this.indexSearchRows(trx, searchRowsOf(record, options));
  }
  /** Writes rows into the backend's full-text index (in `trx`): from the record, or copied from another store. */
  protected abstract indexSearchRows(trx: Transaction<Database>, rows: SearchRows): Promise<void>;
  /** Drops one document's row from the full-text index (a failed document being retried). */
  protected async unindexDocument(trx: Transaction<Database>, id: string): Promise<void> {
    await sql`DELETE FROM documents_fts WHERE id = ${id}`.execute(trx);
  }
  /** Drops claims' rows from the full-text index (an incident being rewritten). */
  protected abstract unindexClaims(trx: Transaction<Database>, ids: string[]): Promise<void>;
  /** Drops incidents' rows from the full-text index (reconciled incidents being rewritten). */
  protected abstract unindexIncidents(trx: Transaction<Database>, ids: string[]): Promise<void>;
  /** Empties the full-text tables (both backends name them alike). */
  protected async clearSearchIndex(trx: Transaction<Database>): Promise<void> {
    await sql`DELETE FROM incidents_fts`.execute(trx);
    await sql`DELETE FROM documents_fts`.execute(trx);
    await sql`DELETE FROM claims_fts`.execute(trx);
  }
  /** A condition on `incidents` that holds when the incident matches the words. */
  protected abstract incidentTextMatch(text: string): RawBuilder<boolean>;
  /** Ids of documents matching the words, best first. */
  protected abstract documentTextMatch(text: string, limit: number): Promise<string[]>;
  /** Ids of claims matching the words, best first. */
  protected abstract claimTextMatch(text: string, limit: number): Promise<string[]>;

  /**
   * Copies this store's whole record into `target`, an empty store (or any, with `force`),
   * in one transaction there, and checks every table's count and checksum before committing.
   */
  copyInto(target: KyselyStore, options: CopyOptions = {}): Promise<CopiedTable[]> {
    return copyRecord(
      { db: this.db, searchBatches: () => this.searchIndexBatches() },
      {
        transaction: (work) => target.inTransaction(work),
        insertRows: (trx, table, rows) => target.insertRows(trx, table, rows as Database[typeof table][]),
        indexSearchRows: (trx, rows) => target.indexSearchRows(trx, rows),
        emptyTables: (trx) => target.emptyTables(trx),
      },
      options,
    );
  }

  /** The search index's rows as they were given, a batch at a time, for a copy. A backend that keeps only its own form of them cannot be copied from. */
  protected async *searchIndexBatches(): SearchBatches {
    throw new Error(`copying from ${this.constructor.name} is not supported: its search index keeps no text to carry over`);
  }

  /** Empties every table of the record and the search index (a forced copy). Append-only tables refuse on SQLite. */
  protected async emptyTables(trx: Transaction<Database>): Promise<void> {
    for (const { table } of [...COPIED_TABLES].reverse()) await trx.deleteFrom(table).execute();
    await this.clearSearchIndex(trx);
  }

  /** Incidents with their claims, facet and statistics rows (listed unless `kept` gives a parent). */
  private async insertIncidents(trx: Transaction<Database>, incidents: Incident[], kept?: Pick<Database['incidents'], 'parent_id' | 'pinned_to'>): Promise<void> {
    await this.insertRows(trx, 'incidents', incidents.map((i) => ({ ...incidentRow(i), ...kept })));
    await this.insertRows(trx, 'incident_stats', incidents.flatMap((i) => statsRows(i, !kept?.parent_id)));
    await this.insertRows(trx, 'claims', incidents.flatMap((i) => i.claims.map((c, position) => claimRow(i.id, c, position))));
    await this.insertRows(trx, 'incident_facets', incidents.flatMap(facetRows));
  }

  /** Publishers, documents, places and actors, with every name and alias of the places and actors. */
  private async insertReference(trx: Transaction<Database>, r: Pick<ConflictRecord, 'sources' | 'documents' | 'places' | 'actors'>): Promise<void> {
    await this.insertRows(trx, 'sources', r.sources.map((s) => ({ id: s.id, data: JSON.stringify(s) })));
    await this.insertRows(trx, 'documents', r.documents.map((d) => ({ id: d.id, publisher_id: d.publisher_id, published_start: d.published.start, title: d.title, data: JSON.stringify(d) })));
    await this.insertRows(trx, 'places', r.places.map((p) => ({ id: p.id, name: p.name, level: p.level, country: p.country, parent_id: p.parent_id ?? null, data: JSON.stringify(p) })));
    await this.insertRows(trx, 'actors', r.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, side: a.side, country: a.country, parent_id: a.parent_id ?? null, data: JSON.stringify(a) })));
    await this.insertRows(trx, 'names', [
      ...r.places.flatMap((p) => placeNames(p).map((name) => ({ kind: 'place' as const, id: p.id, name, norm: normalizeName(name) }))),
      ...r.actors.flatMap((a) => actorNames(a).map((name) => ({ kind: 'actor' as const, id: a.id, name, norm: normalizeName(name) }))),
    ]);
  }

  async replaceRecord(record: ConflictRecord): Promise<void> {
    await this.inTransaction(async (trx) => {
      for (const table of ['incident_facets', 'claims', 'incidents', 'names', 'agreements', 'meetings', 'preconditions', 'feed_items', 'incident_reviews', 'document_bands', 'document_content', 'documents', 'actors', 'places', 'sources'] as const) {
        await trx.deleteFrom(table).execute();
      }
      await this.clearSearchIndex(trx);
      await this.insertReference(trx, record);
      await this.insertIncidents(trx, record.incidents);
      for (const table of ['agreements', 'meetings', 'preconditions'] as const) {
        await this.insertRows(trx, table, record[table].map((x) => ({ id: x.id, date_start: x.date.start, data: JSON.stringify(x) })));
      }
      await this.writeSearchIndex(trx, record);
    });
  }

  async findDocumentByHash(sha256: string): Promise<StoredHash | undefined> {
    const row = await this.db.selectFrom('documents').select(['id', 'data']).where('sha256', '=', sha256).executeTakeFirst();
    if (!row) return undefined;
    return { id: row.id, status: fromJson<Document>(row.data).ingest?.status === 'failed' ? 'failed' : 'extracted' };
  }

  findNearDuplicateCandidates = (bands: string[]) => ingest.findNearDuplicateCandidates(this.db, bands, MIN_SHARED_BANDS);

  saveIngested = (x: IngestedDocument) => this.saveIngestedBatch([x]);

  async saveIngestedBatch(batch: IngestedDocument[]): Promise<void> {
    if (!batch.length) return;
    await this.inTransaction(async (trx) => {
      // Only a retry of a failed document has rows to replace; looking first spares a scan of the index.
      const ids = batch.map((x) => x.document.id);
      const stored = new Set((await trx.selectFrom('documents').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
      for (const id of stored) {
        await this.unindexDocument(trx, id);
        await trx.deleteFrom('documents').where('id', '=', id).execute();
      }
      await ingest.writeIngestedDocuments(trx, batch, (table, rows) => this.insertRows(trx, table, rows));
      const incidents = batch.flatMap((x) => x.incidents);
      await this.insertIncidents(trx, incidents);
      await this.writeSearchIndex(trx, { incidents, documents: batch.map((x) => ({ ...x.document, text: x.text })) });
    });
  }

  async saveIncident(incident: Incident): Promise<void> {
    await this.inTransaction(async (trx) => {
      const old = await trx.selectFrom('incidents').select(['parent_id', 'pinned_to']).where('id', '=', incident.id).executeTakeFirst();
      if (old) {
        const claims = await trx.selectFrom('claims').select('id').where('incident_id', '=', incident.id).execute();
        await this.unindexClaims(trx, claims.map((c) => c.id));
        await this.unindexIncidents(trx, [incident.id]);
        // Claims and facets go with the row (ON DELETE CASCADE).
        await trx.deleteFrom('incidents').where('id', '=', incident.id).execute();
      }
      // A report keeps where it is grouped and where a person placed it.
      await this.insertIncidents(trx, [incident], { parent_id: old?.parent_id ?? null, pinned_to: old?.pinned_to ?? null });
      await this.writeSearchIndex(trx, { incidents: [incident], documents: [] });
    });
  }

  async saveImportBatch(batch: ImportBatch): Promise<{ incidents: number; existing: number }> {
    return this.inTransaction(async (trx) => {
      // Whatever is stored already stays as it is, and so does a second copy within the batch.
      const documents = await ingest.unstored(trx, 'documents', batch.documents);
      await this.insertReference(trx, { sources: await ingest.unstored(trx, 'sources', batch.sources), documents, places: await ingest.unstored(trx, 'places', batch.places), actors: await ingest.unstored(trx, 'actors', batch.actors) });
      const incidents = await ingest.unstored(trx, 'incidents', batch.incidents);
      await this.insertIncidents(trx, incidents);
      await this.writeSearchIndex(trx, { incidents, documents });
      return { incidents: incidents.length, existing: batch.incidents.length - incidents.length };
    });
  }

  async getClaim(id: string): Promise<(Claim & { incident_id: string }) | undefined> {
    const row = await this.db.selectFrom('claims').select(['data', 'incident_id']).where('id', '=', id).executeTakeFirst();
    return row ? { ...fromJson<Claim>(row.data), incident_id: row.incident_id } : undefined;
  }

  async addNote(note: Omit<IncidentNote, 'id' | 'created_at'>): Promise<IncidentNote> {
    const stored: IncidentNote = { ...note, id: noteId(), created_at: new Date().toISOString() };
    await this.db.insertInto('incident_notes').values({ ...stored, fields: stored.fields ? JSON.stringify(stored.fields) : null }).execute();
    return stored;
  }

  async listNotes(incidentId: string): Promise<IncidentNote[]> {
    const rows = await this.db.selectFrom('incident_notes').selectAll().where('incident_id', '=', incidentId).orderBy('created_at').orderBy('id').execute();
    return rows.map(noteOf);
  }

  async getNote(id: string): Promise<IncidentNote | undefined> {
    const row = await this.db.selectFrom('incident_notes').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? noteOf(row) : undefined;
  }

  async getDocumentContent(id: string): Promise<{ bytes: Uint8Array; text: string } | undefined> {
    const row = await this.db.selectFrom('document_content').select(['bytes', 'text']).where('document_id', '=', id).executeTakeFirst();
    return row ? { bytes: new Uint8Array(row.bytes), text: row.text } : undefined;
  }

  addFeed = (feed: Pick<Feed, 'id' | 'url' | 'name'>) => ingest.addFeed(this.db, feed);
  listFeeds = () => ingest.listFeeds(this.db);
  removeFeed = (idOrUrl: string) => ingest.removeFeed(this.db, idOrUrl);
  updateFeed = (id: string, poll: Pick<Feed, 'etag' | 'last_modified' | 'checked_at' | 'last_error'>) => ingest.updateFeed(this.db, id, poll);
  seenFeedItems = (feedId: string, keys: string[]) => ingest.seenFeedItems(this.db, feedId, keys);
  markFeedItem = (feedId: string, key: string, documentId: string | undefined) => ingest.markFeedItem(this.db, feedId, key, documentId);

  async counts(): Promise<RecordCounts> {
    const count = async (table: keyof Database) =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return {
      sources: await count('sources'),
      documents: await count('documents'),
      places: await count('places'),
      actors: await count('actors'),
      incidents: await count('incidents'),
      claims: await count('claims'),
      agreements: await count('agreements'),
      meetings: await count('meetings'),
      preconditions: await count('preconditions'),
    };
  }

  async getIncident(id: string): Promise<Incident | undefined> {
    const row = await this.db.selectFrom('incidents').select('data').where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return (await this.withClaims([fromJson<Omit<Incident, 'claims'>>(row.data)]))[0];
  }

  async listIncidents(query: IncidentQuery = {}): Promise<Page<Incident>> {
    const limit = Math.max(1, Math.min(query.limit ?? 100, MAX_PAGE_SIZE));
    // A document's own incident, once grouped into a reconciled one, is shown through it.
    let q = this.db.selectFrom('incidents').select(['id', 'date_start', 'data']).where('parent_id', 'is', null);
    if (query.from) q = q.where('date_end', '>=', query.from);
    if (query.to) q = q.where('date_start', '<=', query.to);
    if (query.types?.length) {
      const types = query.types.map((t) => t.toLowerCase());
      q = q.where((eb) => eb.or([eb(eb.fn('lower', ['event_type']), 'in', types), eb(eb.fn('lower', ['sub_event_type']), 'in', types)]));
    }
    if (query.status?.length) q = q.where('status', 'in', query.status);
    const boxed = query.bbox ? await read.placesInBox(this.db, query.bbox) : undefined;
    for (const [facet, values] of [['place', query.placeIds], ['place', boxed], ['actor', query.actorIds], ['side', query.sides]] as const) {
      if (values === undefined) continue;
      if (values.length === 0) return { items: [] };
      // A rare value (a village) is fastest read from its facet rows and sorted; a common one
      // (a side) by walking incidents in date order and probing each, stopping at a page.
      const seen = await this.db
        .selectFrom((eb) => eb.selectFrom('incident_facets').select('incident_id').where('facet', '=', facet).where('value', 'in', values).limit(COMMON_FACET).as('f'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      q = Number(seen.n) < COMMON_FACET
        ? q.where('id', 'in', (eb) => eb.selectFrom('incident_facets').select('incident_id').where('facet', '=', facet).where('value', 'in', values))
        : q.where((eb) => eb.exists(eb.selectFrom('incident_facets as f').select('f.incident_id').whereRef('f.incident_id', '=', 'incidents.id').where('f.facet', '=', facet).where('f.value', 'in', values)));
    }
    if (query.text?.trim()) q = q.where(this.incidentTextMatch(query.text));
    const desc = query.order === '-date';
    const [beyond, direction] = desc ? (['<', 'desc'] as const) : (['>', 'asc'] as const);
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    if (after) q = q.where((eb) => eb.or([eb('date_start', beyond, after.date), eb.and([eb('date_start', '=', after.date), eb('id', beyond, after.id)])]));
    // "Ending on or after from" cannot seek the date index. Those starting at most a month before
    // `from` can; those starting earlier run longer than a month and have their own small index.
    // The second part sorts wholly before the first, so the page is one then the other.
    const ordered = (part: typeof q) => part.orderBy('date_start', direction).orderBy('id', direction);
    let parts = [q];
    if (query.from) {
      const early = daysBefore(query.from, LONG_DAYS);
      const recent = q.where('date_start', '>=', early);
      const isLong = this.dialect.spansMoreThan(LONG_DAYS);
      const long = q.where(isLong).where('date_start', '<', early);
      // Most listings have no long incident running into them: skip that part's filters (a text match costs as much again).
      const anyLong = await this.db.selectFrom('incidents').select('id').where('parent_id', 'is', null).where(isLong).where('date_start', '<', early).where('date_end', '>=', query.from).limit(1).executeTakeFirst();
      parts = !anyLong ? [recent] : desc ? [recent, long] : [long, recent];
    }
    const rows: { id: string; date_start: string; data: Database['incidents']['data'] }[] = [];
    for (const part of parts) {
      if (rows.length > limit) break;
      rows.push(...(await ordered(part).limit(limit + 1 - rows.length).execute()));
    }
    const page = rows.slice(0, limit);
    const items = await this.withClaims(page.map((r) => fromJson<Omit<Incident, 'claims'>>(r.data)));
    const last = page[page.length - 1];
    return rows.length > limit && last ? { items, next_cursor: encodeCursor({ date: last.date_start, id: last.id, ...(desc ? { desc } : {}) }) } : { items };
  }

  /** Puts each incident's claims back, in their recorded order; a reconciled incident's are its reports'. */
  private async withClaims(incidents: Omit<Incident, 'claims'>[]): Promise<Incident[]> {
    const byIncident = new Map<string, Claim[]>(incidents.map((i) => [i.id, []]));
    // Where each row of claims goes: its own incident, or the reconciled incident of its report.
    const owner = new Map<string, string>(incidents.map((i) => [i.id, i.id]));
    for (const i of incidents) for (const r of i.report_ids ?? []) owner.set(r, i.id);
    const ids = [...owner.keys()];
    for (let k = 0; k < ids.length; k += CHUNK) {
      const rows = await this.db.selectFrom('claims').select(['incident_id', 'data']).where('incident_id', 'in', ids.slice(k, k + CHUNK)).orderBy('incident_id').orderBy('position').execute();
      for (const row of rows) byIncident.get(owner.get(row.incident_id)!)!.push(fromJson<Claim>(row.data));
    }
    return incidents.map((i) => ({ ...i, claims: byIncident.get(i.id)! }));
  }

  incidentStats = (query: StatsQuery) => incidentStats(this.db, this.dialect, query, (text) => this.incidentTextMatch(text));
  mapPoints = (query: MapQuery) => map.mapPoints(this.db, this.dialect, query, (text) => this.incidentTextMatch(text));
  incidentTitles = (ids: string[]) => map.incidentTitles(this.db, ids);

  listReports = (window?: ReportWindow) => reconcile.listReports(this.db, window);
  reconciledIds = () => reconcile.reconciledIds(this.db);
  pinReports = (reportIds: string[], incidentId: string | null) => reconcile.pinReports(this.db, reportIds, incidentId);
  listReviews = (ids: string[]) => reconcile.listReviews(this.db, ids);
  getReview = async (id: string) => (await reconcile.listReviews(this.db, [id])).get(id);
  setReview = (id: string, review: IncidentReview) => reconcile.setReview(this.db, id, review);
  setClaimStatus = (claimId: string, status: Claim['status']) => reconcile.setClaimStatus(this.db, claimId, status);

  async saveReconciliation(r: Reconciliation): Promise<void> {
    await this.inTransaction(async (trx) => {
      const gone = [...new Set([...r.remove, ...r.incidents.map((i) => i.id)])];
      for (let k = 0; k < gone.length; k += CHUNK) {
        // Only reconciled incidents are rewritten: their claims belong to their reports, so nothing cascades.
        await trx.deleteFrom('incidents').where('origin', '=', 'reconciled').where('id', 'in', gone.slice(k, k + CHUNK)).execute();
      }
      if (gone.length) await this.unindexIncidents(trx, gone);
      await this.setParents(trx, r.parents);
      // Claims stay with their reports; the reconciled row keeps the rest.
      await this.insertIncidents(trx, r.incidents.map((i) => ({ ...i, claims: [] })));
      // Their claims are indexed already, as their reports' claims.
      await this.writeSearchIndex(trx, { incidents: r.incidents, documents: [] }, { claims: false });
    });
  }

  addUser = (u: { name: string; role: Role; password_hash: string | null }) => accounts.addUser(this.db, u);
  getUser = (id: string) => accounts.getUser(this.db, id);
  findUserByName = (name: string) => accounts.findUserByName(this.db, name);
  listUsers = () => accounts.listUsers(this.db);
  updateUser = (id: string, change: Partial<{ role: Role; disabled: boolean; password_hash: string }>) => accounts.updateUser(this.db, id, change);
  countUsers = () => accounts.countUsers(this.db);
  addToken = (t: { user_id: string; name: string; token_hash: string }) => accounts.addToken(this.db, t);
  findToken = (token_hash: string) => accounts.findToken(this.db, token_hash);
  listTokens = (user_id?: string) => accounts.listTokens(this.db, user_id);
  revokeToken = (id: string) => accounts.revokeToken(this.db, id);
  addSession = (s: Session & { id_hash: string }) => accounts.addSession(this.db, s);
  findSession = (id_hash: string) => accounts.findSession(this.db, id_hash);
  deleteSession = (id_hash: string) => accounts.deleteSession(this.db, id_hash);
  getSetting = <T>(key: string) => accounts.getSetting<T>(this.db, key);
  setSetting = (key: string, value: unknown) => accounts.setSetting(this.db, key, value);

  /** Chains the entry to the last one inside a transaction: its own, or the one this store works in. */
  appendAudit(entry: AuditInput): Promise<AuditEntry> {
    return this.inTransaction((trx) => audit.appendAudit(trx, this.dialect, entry));
  }
  listAudit = (q: AuditQuery) => audit.listAudit(this.db, q);
  auditEntries = () => audit.auditEntries(this.db);

  getPlace = (id: string) => this.one<Place>('places', id);
  listPlaces = () => this.all<Place>('places', 'name');
  findPlaces = (name: string) => this.findNames('place', name);
  getActor = (id: string) => this.one<Actor>('actors', id);
  listActors = () => this.all<Actor>('actors', 'name');
  findActors = (name: string) => this.findNames('actor', name);
  getSource = (id: string) => this.one<Source>('sources', id);
  listSources = () => this.all<Source>('sources', 'id');
  /** A document with its text: cited documents carry it in their data, ingested ones in their content. */
  async getDocument(id: string): Promise<Document | undefined> {
    const document = await this.one<Document>('documents', id);
    if (!document || document.text !== undefined || !document.ingest) return document;
    const content = await this.db.selectFrom('document_content').select('text').where('document_id', '=', id).executeTakeFirst();
    return content ? { ...document, text: content.text } : document;
  }
  listDocuments = () => this.all<Document>('documents', 'published_start');
  async getDocuments(ids: string[]): Promise<Document[]> {
    const unique = [...new Set(ids)];
    const out: Document[] = [];
    for (let k = 0; k < unique.length; k += CHUNK) {
      const rows = await this.db.selectFrom('documents').select('data').where('id', 'in', unique.slice(k, k + CHUNK)).execute();
      for (const r of rows) out.push(fromJson<Document>(r.data));
    }
    return out;
  }
  findDocuments = (query?: DocumentQuery) => read.findDocuments(this.db, this.dialect, query);
  listClaims = (query?: ClaimQuery) => read.listClaims(this.db, this.dialect, query);
  getListedClaim = (id: string) => read.getListedClaim(this.db, id);
  listAgreements = () => this.all<Agreement>('agreements', 'date_start');
  getAgreement = (id: string) => this.one<Agreement>('agreements', id);
  listMeetings = () => this.all<Meeting>('meetings', 'date_start');
  getMeeting = (id: string) => this.one<Meeting>('meetings', id);
  listPreconditions = () => this.all<Precondition>('preconditions', 'date_start');
  getPrecondition = (id: string) => this.one<Precondition>('preconditions', id);

  async search(text: string, limit = 20): Promise<SearchHits> {
    const norm = normalizeName(text);
    if (!norm) return { places: [], actors: [], incidents: [], claims: [], documents: [] };
    const named = async (kind: 'place' | 'actor') => {
      const rows = await this.db
        .selectFrom('names')
        .select(['id', 'norm'])
        .where('kind', '=', kind)
        .where('norm', 'like', `%${norm.replace(/[%_\\]/g, '')}%`)
        .execute();
      // Exact names first, then names that start with the words, then the rest.
      const rank = (n: string) => (n === norm ? 0 : n.startsWith(norm) ? 1 : 2);
      const best = new Map<string, number>();
      for (const r of rows) best.set(r.id, Math.min(best.get(r.id) ?? 3, rank(r.norm)));
      return [...best.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([id]) => id);
    };
    const places = await Promise.all((await named('place')).map((id) => this.getPlace(id)));
    const actors = await Promise.all((await named('actor')).map((id) => this.getActor(id)));
    const incidents = (await this.listIncidents({ text, limit })).items;
    const documents = await Promise.all((await this.documentTextMatch(text, limit)).map((id) => this.getDocument(id)));
    const claimIds = await this.claimTextMatch(text, limit);
    const claimRows = claimIds.length ? await this.db.selectFrom('claims').select(['id', 'incident_id', 'data']).where('id', 'in', claimIds).execute() : [];
    const rank = new Map(claimIds.map((id, i) => [id, i]));
    const claims = claimRows
      .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
      .map((r) => ({ ...fromJson<Claim>(r.data), incident_id: r.incident_id }));
    return {
      claims,
      places: places.filter((x): x is Place => !!x),
      actors: actors.filter((x): x is Actor => !!x),
      incidents,
      documents: documents.filter((x): x is Document => !!x),
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  private async one<T>(table: 'places' | 'actors' | 'sources' | 'documents' | 'agreements' | 'meetings' | 'preconditions', id: string): Promise<T | undefined> {
    const row = await this.db.selectFrom(table).select('data').where('id', '=', id).executeTakeFirst();
    return row ? fromJson<T>(row.data) : undefined;
  }

  private async all<T>(table: 'places' | 'actors' | 'sources' | 'documents' | 'agreements' | 'meetings' | 'preconditions', orderBy: string): Promise<T[]> {
    const rows = await this.db.selectFrom(table).select('data').orderBy(sql.ref(orderBy)).orderBy('id').execute();
    return rows.map((r) => fromJson<T>(r.data));
  }

  private async findNames(kind: 'place' | 'actor', name: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('names')
      .select('id')
      .distinct()
      .where('kind', '=', kind)
      .where((eb) => eb.or([eb('norm', '=', normalizeName(name)), eb('id', '=', name)]))
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }
}

/** The ISO day `days` before an ISO day (what SQLite's date(day, '-N days') gives). */
function daysBefore(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? day : new Date(t - days * 86_400_000).toISOString().slice(0, 10);
}

async function insert<T extends keyof Database>(trx: Transaction<Database>, table: T, rows: Database[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as any).execute();
  }
}

function noteOf(row: Database['incident_notes']): IncidentNote {
  const { fields, kind, ...rest } = row;
  return { ...rest, kind: kind as IncidentNote['kind'], ...(fields ? { fields: fromJson<IncidentEdit>(fields) } : {}) };
}

function incidentRow(i: Incident): Database['incidents'] {
  const { claims: _claims, ...rest } = i;
  return {
    id: i.id,
    title: i.title,
    event_type: i.type.event_type,
    sub_event_type: i.type.sub_event_type,
    date_start: i.date.start,
    date_end: i.date.end,
    precision: i.date.precision,
    status: i.status,
    origin: i.origin,
    data: JSON.stringify(rest),
  };
}

function claimRow(incidentId: string, c: Claim, position: number): Database['claims'] {
  return { id: c.id, incident_id: incidentId, position, kind: c.kind, claimant_id: c.claimant_id, document_id: c.document_id, status: c.status, data: JSON.stringify(c) };
}

function facetRows(i: Incident): Database['incident_facets'][] {
  const rows = [
    ...i.places.map((p) => ({ facet: 'place' as const, value: p.place_id })),
    ...i.actor_ids.map((a) => ({ facet: 'actor' as const, value: a })),
    ...i.sides.map((s) => ({ facet: 'side' as const, value: s })),
  ];
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.facet + r.value) && seen.add(r.facet + r.value))
    .map((r) => ({ incident_id: i.id, ...r }));
}
