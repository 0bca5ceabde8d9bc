import { sql, type Kysely, type Migration } from 'kysely';
import { bandKey } from '../kysely-ingest.js';

// Migrations are append-only: a released one is never edited, a change is a new entry.
// Keys sort in the order they run.
export const SQLITE_MIGRATIONS: Record<string, Migration> = {
  '0001_record': {
    async up(db: Kysely<any>) {
      await db.schema.createTable('sources').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('data', 'text', (c) => c.notNull()).execute();
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('publisher_id', 'text', (c) => c.notNull())
        .addColumn('published_start', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('places')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('actors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('names')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('norm', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('names_by_norm').on('names').columns(['kind', 'norm']).execute();
      await db.schema
        .createTable('incidents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('sub_event_type', 'text', (c) => c.notNull())
        .addColumn('date_start', 'text', (c) => c.notNull())
        .addColumn('date_end', 'text', (c) => c.notNull())
        .addColumn('precision', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('incidents_by_date').on('incidents').columns(['date_start', 'id']).execute();
      await db.schema.createIndex('incidents_by_end').on('incidents').column('date_end').execute();
      await db.schema
        .createTable('incident_facets')
        .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
        .addColumn('facet', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_facets_pk', ['facet', 'value', 'incident_id'])
        .execute();
      await db.schema
        .createTable('claims')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('claimant_id', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('claims_by_incident').on('claims').columns(['incident_id', 'position']).execute();
      for (const table of ['agreements', 'meetings', 'preconditions']) {
        await db.schema
          .createTable(table)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('date_start', 'text', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .execute();
      }
      // Full-text search: FTS5 with accents folded, so "Xankəndi" finds "Xankendi".
      await sql`CREATE VIRTUAL TABLE incidents_fts USING fts5(id UNINDEXED, title, summary, claims, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE VIRTUAL TABLE claims_fts USING fts5(id UNINDEXED, statement, quote, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    },
  },
  '0002_ingestion': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('documents').addColumn('sha256', 'text').execute();
      await db.schema.createIndex('documents_by_sha256').unique().on('documents').column('sha256').where(sql.ref('sha256'), 'is not', null).execute();
      await db.schema
        .createTable('document_content')
        .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
        .addColumn('bytes', 'blob', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('signature', 'blob')
        .execute();
      await db.schema
        .createTable('document_bands')
        .addColumn('band', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('document_bands_pk', ['band', 'document_id'])
        .execute();
      await db.schema
        .createTable('feeds')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('checked_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('feed_items')
        .addColumn('feed_id', 'text', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text')
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('feed_items_pk', ['feed_id', 'item_key'])
        .execute();
    },
  },
  '0003_reconciliation': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('incidents').addColumn('parent_id', 'text').execute();
      await db.schema.alterTable('incidents').addColumn('pinned_to', 'text').execute();
      await db.schema.createIndex('incidents_by_parent').on('incidents').column('parent_id').execute();
      await db.schema
        .createTable('incident_reviews')
        .addColumn('incident_id', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .addColumn('overrides', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0004_accounts': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('api_tokens_by_user').on('api_tokens').column('user_id').execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_by_expiry').on('sessions').column('expires_at').execute();
      await db.schema.createTable('settings').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_kind', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_by_target').on('audit_log').columns(['target_id', 'seq']).execute();
      await db.schema.createIndex('audit_log_by_actor').on('audit_log').columns(['actor', 'seq']).execute();
      // The hash chain shows tampering; these triggers make it take more than a stray UPDATE.
      for (const [name, event] of [['audit_log_no_update', 'UPDATE'], ['audit_log_no_delete', 'DELETE']]) {
        await sql.raw(`CREATE TRIGGER ${name} BEFORE ${event} ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`).execute(db);
      }
    },
  },
  '0005_api_indexes': {
    async up(db: Kysely<any>) {
      // Listing walks listed incidents in date order; with date_end in the index, a date
      // filter is checked without reading each incident's row.
      await sql`CREATE INDEX incidents_listed_by_date ON incidents (date_start, id, date_end) WHERE parent_id IS NULL`.execute(db);
      // Incidents running longer than a month, few: a listing from a day finds those that started
      // well before it here, and the rest by seeking the date index (see listIncidents).
      await sql`CREATE INDEX incidents_listed_long ON incidents (date_start, id, date_end) WHERE parent_id IS NULL AND julianday(date_end) - julianday(date_start) > 31`.execute(db);
      // "parent_id IS NULL" holds for nearly every incident: an index on it only misleads the
      // planner into reading them all and sorting. Reports are looked up by their parent.
      await sql`DROP INDEX incidents_by_parent`.execute(db);
      await sql`CREATE INDEX incidents_by_parent ON incidents (parent_id) WHERE parent_id IS NOT NULL`.execute(db);
      // Facet filters probe "does this incident have this place/actor/side" while walking in date order.
      await db.schema.createIndex('incident_facets_by_incident_facet').on('incident_facets').columns(['incident_id', 'facet', 'value']).execute();
      // Statistics: one narrow row per incident and side ('' for the incident as a whole) with
      // its killed and wounded ranges summed, so GROUP BY reads no JSON. Triggers keep it in
      // step with `incidents` whichever code writes them (see INCIDENT_STATS_ROWS).
      await sql`CREATE TABLE incident_stats (
        incident_id TEXT NOT NULL, side TEXT NOT NULL, listed INTEGER NOT NULL,
        date_start TEXT NOT NULL, date_end TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
        killed_low INTEGER NOT NULL, killed_best INTEGER NOT NULL, killed_high INTEGER NOT NULL,
        wounded_low INTEGER NOT NULL, wounded_best INTEGER NOT NULL, wounded_high INTEGER NOT NULL,
        PRIMARY KEY (incident_id, side)) WITHOUT ROWID`.execute(db);
      await sql.raw(`CREATE TRIGGER incident_stats_insert AFTER INSERT ON incidents BEGIN INSERT INTO incident_stats ${INCIDENT_STATS_ROWS('NEW')}; END`).execute(db);
      await sql.raw(`CREATE TRIGGER incident_stats_update AFTER UPDATE ON incidents BEGIN DELETE FROM incident_stats WHERE incident_id = OLD.id; INSERT INTO incident_stats ${INCIDENT_STATS_ROWS('NEW')}; END`).execute(db);
      await sql.raw(`CREATE TRIGGER incident_stats_delete AFTER DELETE ON incidents BEGIN DELETE FROM incident_stats WHERE incident_id = OLD.id; END`).execute(db);
      // Incidents stored before this migration get their rows through the update trigger.
      await sql`UPDATE incidents SET parent_id = parent_id`.execute(db);
    },
  },
  '0007_incident_notes': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('incident_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('incident_id', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('fields', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('incident_notes_by_incident').on('incident_notes').columns(['incident_id', 'created_at']).execute();
      // A document's page shows the claims citing it and their spans; its listing runs by date and publisher.
      await db.schema.createIndex('claims_by_document').on('claims').column('document_id').execute();
      await db.schema.createIndex('documents_by_published').on('documents').columns(['published_start', 'id']).execute();
      await db.schema.createIndex('documents_by_publisher').on('documents').columns(['publisher_id', 'published_start']).execute();
    },
  },
  '0008_stats_rows': {
    async up(db: Kysely<any>) {
      // The store writes an incident's statistics rows with it (statsRows): the triggers that
      // read them out of the stored JSON cost as much as the rest of the write. Only the
      // listing flag still follows parent_id here, cheaply.
      await sql`DROP TRIGGER incident_stats_insert`.execute(db);
      await sql`DROP TRIGGER incident_stats_update`.execute(db);
      await sql`CREATE TRIGGER incident_stats_listed AFTER UPDATE OF parent_id ON incidents BEGIN UPDATE incident_stats SET listed = (NEW.parent_id IS NULL) WHERE incident_id = NEW.id; END`.execute(db);
    },
  },
  '0006_ingest_compact': {
    async up(db: Kysely<any>) {
      // Bands by integer key (see bandKey) in a table that is its own index: each band row
      // was written twice (the table and its primary key index), as text, and checked
      // against documents. Nothing else refers to the table; a document is only ever
      // replaced while it is a failed one, which has no bands.
      await sql`CREATE TABLE document_band_keys (band INTEGER NOT NULL, document_id TEXT NOT NULL, PRIMARY KEY (band, document_id)) WITHOUT ROWID`.execute(db);
      let after: { band: string; document_id: string } | undefined;
      for (;;) {
        const { rows } = await sql<{ band: string; document_id: string }>`SELECT band, document_id FROM document_bands
          ${after ? sql`WHERE (band, document_id) > (${after.band}, ${after.document_id})` : sql``} ORDER BY band, document_id LIMIT 5000`.execute(db);
        if (!rows.length) break;
        const values = sql.join(rows.map((r) => sql`(${bandKey(r.band)}, ${r.document_id})`));
        await sql`INSERT OR IGNORE INTO document_band_keys (band, document_id) VALUES ${values}`.execute(db);
        after = rows[rows.length - 1];
      }
      await sql`DROP TABLE document_bands`.execute(db);
      await sql`ALTER TABLE document_band_keys RENAME TO document_bands`.execute(db);
    },
  },
};

/**
 * The incident_stats rows of the incident a trigger fires on, from its
 * stored JSON: a row for the whole incident (side ''), one for each side involved and one for
 * each side casualties are counted on. Killed and wounded sum the derived ranges of every
 * group; a range stated for several outcomes together ("killed or missing") is left out, as
 * it cannot be split.
 */
function INCIDENT_STATS_ROWS(t: 'NEW'): string {
  const figure = (outcome: string, bound: string) => `coalesce(sum(CASE WHEN c.outcome = '${outcome}' THEN c.${bound} END), 0)`;
  return `SELECT ${t}.id, s.side, ${t}.parent_id IS NULL, ${t}.date_start, ${t}.date_end, ${t}.event_type, ${t}.sub_event_type,
    ${figure('killed', 'low')}, ${figure('killed', 'best')}, ${figure('killed', 'high')},
    ${figure('wounded', 'low')}, ${figure('wounded', 'best')}, ${figure('wounded', 'high')}
  FROM (SELECT '' AS side UNION SELECT value FROM json_each(${t}.data, '$.sides') UNION SELECT json_extract(value, '$.side') FROM json_each(${t}.data, '$.casualties')) s
  LEFT JOIN (SELECT json_extract(value, '$.outcome') AS outcome, json_extract(value, '$.side') AS side, json_extract(value, '$.low') AS low,
      json_extract(value, '$.best') AS best, json_extract(value, '$.high') AS high
    FROM json_each(${t}.data, '$.casualties') WHERE json_extract(value, '$.combined') IS NULL) c ON s.side = '' OR c.side = s.side
  GROUP BY s.side`;
}
