import { sql, type Kysely, type Migration } from 'kysely';

// The schema of SQLite's migrations, as it stands after all of them, in PostgreSQL's terms.
// Migrations are append-only: a released one is never edited, a change is a new entry.
// Keys sort in the order they run.
//
// Text that is compared or sorted is COLLATE "C": byte order, as SQLite compares, so ids
// and names list in the same order on both and cursors page the same way whatever the
// server's locale. `data` is json, not jsonb: json keeps the text the store wrote, so
// objects come back with their keys in the same order as from SQLite, and the LIKE filters
// on it (stance, ingestion status) see the same text; nothing queries inside it by index.

/** Runs each statement in order (PostgreSQL takes one statement per prepared query). */
async function run(db: Kysely<any>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

const T = 'text COLLATE "C"';

export const POSTGRES_MIGRATIONS: Record<string, Migration> = {
  '0001_record': {
    async up(db) {
      await run(db, [
        `CREATE TABLE sources (id ${T} PRIMARY KEY, data json NOT NULL)`,
        `CREATE TABLE documents (id ${T} PRIMARY KEY, publisher_id ${T} NOT NULL, published_start ${T} NOT NULL, title ${T} NOT NULL, data json NOT NULL, sha256 ${T})`,
        `CREATE UNIQUE INDEX documents_by_sha256 ON documents (sha256) WHERE sha256 IS NOT NULL`,
        `CREATE INDEX documents_by_published ON documents (published_start, id)`,
        `CREATE INDEX documents_by_publisher ON documents (publisher_id, published_start)`,
        `CREATE TABLE places (id ${T} PRIMARY KEY, name ${T} NOT NULL, level ${T} NOT NULL, country ${T} NOT NULL, parent_id ${T}, data json NOT NULL)`,
        `CREATE TABLE actors (id ${T} PRIMARY KEY, name ${T} NOT NULL, kind ${T} NOT NULL, side ${T} NOT NULL, country ${T} NOT NULL, parent_id ${T}, data json NOT NULL)`,
        `CREATE TABLE names (kind ${T} NOT NULL, id ${T} NOT NULL, name ${T} NOT NULL, norm ${T} NOT NULL)`,
        `CREATE INDEX names_by_norm ON names (kind, norm)`,
        `CREATE TABLE incidents (id ${T} PRIMARY KEY, title ${T} NOT NULL, event_type ${T} NOT NULL, sub_event_type ${T} NOT NULL,
          date_start ${T} NOT NULL, date_end ${T} NOT NULL, precision ${T} NOT NULL, status ${T} NOT NULL, origin ${T} NOT NULL,
          data json NOT NULL, parent_id ${T}, pinned_to ${T})`,
        `CREATE INDEX incidents_by_date ON incidents (date_start, id)`,
        `CREATE INDEX incidents_by_end ON incidents (date_end)`,
        `CREATE INDEX incidents_by_parent ON incidents (parent_id) WHERE parent_id IS NOT NULL`,
        `CREATE TABLE incident_facets (incident_id ${T} NOT NULL REFERENCES incidents (id) ON DELETE CASCADE, facet ${T} NOT NULL, value ${T} NOT NULL,
          PRIMARY KEY (facet, value, incident_id))`,
        `CREATE INDEX incident_facets_by_incident_facet ON incident_facets (incident_id, facet, value)`,
        `CREATE TABLE claims (id ${T} PRIMARY KEY, incident_id ${T} NOT NULL REFERENCES incidents (id) ON DELETE CASCADE, position integer NOT NULL,
          kind ${T} NOT NULL, claimant_id ${T} NOT NULL, document_id ${T} NOT NULL, status ${T} NOT NULL, data json NOT NULL)`,
        `CREATE INDEX claims_by_incident ON claims (incident_id, position)`,
        `CREATE INDEX claims_by_document ON claims (document_id)`,
        ...['agreements', 'meetings', 'preconditions'].map((table) => `CREATE TABLE ${table} (id ${T} PRIMARY KEY, date_start ${T} NOT NULL, data json NOT NULL)`),
        `CREATE TABLE incident_reviews (incident_id ${T} PRIMARY KEY, status ${T} NOT NULL, claim_count integer NOT NULL, overrides text, updated_at ${T} NOT NULL)`,
        `CREATE TABLE incident_notes (id ${T} PRIMARY KEY, incident_id ${T} NOT NULL, author ${T} NOT NULL, kind ${T} NOT NULL, text text NOT NULL, fields text, created_at ${T} NOT NULL)`,
        `CREATE INDEX incident_notes_by_incident ON incident_notes (incident_id, created_at)`,
      ]);
    },
  },
  '0002_ingestion': {
    async up(db) {
      await run(db, [
        `CREATE TABLE document_content (document_id ${T} PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE, bytes bytea NOT NULL, text text NOT NULL, signature bytea)`,
        // Bands by their 53-bit integer key (see bandKey); as on SQLite, nothing refers to documents here.
        `CREATE TABLE document_bands (band bigint NOT NULL, document_id ${T} NOT NULL, PRIMARY KEY (band, document_id))`,
        `CREATE TABLE feeds (id ${T} PRIMARY KEY, url ${T} NOT NULL UNIQUE, name ${T} NOT NULL, etag text, last_modified text, checked_at ${T}, last_error text, added_at ${T} NOT NULL)`,
        `CREATE TABLE feed_items (feed_id ${T} NOT NULL REFERENCES feeds (id) ON DELETE CASCADE, item_key ${T} NOT NULL, document_id ${T}, seen_at ${T} NOT NULL,
          PRIMARY KEY (feed_id, item_key))`,
      ]);
    },
  },
  '0003_accounts': {
    async up(db) {
      await run(db, [
        `CREATE TABLE users (id ${T} PRIMARY KEY, name ${T} NOT NULL, name_key ${T} NOT NULL UNIQUE, role ${T} NOT NULL, password_hash text,
          created_at ${T} NOT NULL, disabled integer NOT NULL DEFAULT 0)`,
        `CREATE TABLE api_tokens (id ${T} PRIMARY KEY, user_id ${T} NOT NULL REFERENCES users (id), name ${T} NOT NULL, token_hash ${T} NOT NULL UNIQUE,
          created_at ${T} NOT NULL, last_used_at ${T}, revoked_at ${T})`,
        `CREATE INDEX api_tokens_by_user ON api_tokens (user_id)`,
        `CREATE TABLE sessions (id_hash ${T} PRIMARY KEY, user_id ${T} NOT NULL REFERENCES users (id), csrf_token text NOT NULL, created_at ${T} NOT NULL, expires_at ${T} NOT NULL)`,
        `CREATE INDEX sessions_by_expiry ON sessions (expires_at)`,
        `CREATE TABLE settings (key ${T} PRIMARY KEY, value text NOT NULL)`,
      ]);
    },
  },
  '0004_audit_log': {
    async up(db) {
      await run(db, [
        `CREATE TABLE audit_log (seq bigint PRIMARY KEY, at ${T} NOT NULL, actor ${T} NOT NULL, action ${T} NOT NULL, target_kind ${T} NOT NULL,
          target_id ${T} NOT NULL, before text, after text, prev_hash text NOT NULL, hash text NOT NULL)`,
        `CREATE INDEX audit_log_by_target ON audit_log (target_id, seq)`,
        `CREATE INDEX audit_log_by_actor ON audit_log (actor, seq)`,
        // The hash chain shows tampering; these triggers make it take more than a stray UPDATE.
        // (TRUNCATE, like DROP TABLE, is left to the table's owner, as on SQLite.)
        `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`,
        `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
        `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
      ]);
    },
  },
  '0005_listing': {
    async up(db) {
      await run(db, [
        // An ISO day as a date, NULL for anything else (SQLite's julianday gives NULL too).
        // IMMUTABLE, unlike a cast (which depends on DateStyle), so an index may use it.
        `CREATE FUNCTION iso_day(day text) RETURNS date LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
          BEGIN
            IF day !~ '^\\d{4}-\\d{2}-\\d{2}$' THEN RETURN NULL; END IF;
            RETURN make_date(substr(day, 1, 4)::int, substr(day, 6, 2)::int, substr(day, 9, 2)::int);
          EXCEPTION WHEN others THEN RETURN NULL;
          END $$`,
        // Listing walks listed incidents in date order; with date_end in the index, a date
        // filter is checked without reading each incident's row.
        `CREATE INDEX incidents_listed_by_date ON incidents (date_start, id, date_end) WHERE parent_id IS NULL`,
        // Incidents running longer than a month, few: see listIncidents. The predicate is
        // PostgresStore's spansMoreThan(31) word for word, so the planner matches it.
        `CREATE INDEX incidents_listed_long ON incidents (date_start, id, date_end) WHERE parent_id IS NULL AND iso_day(date_end) - iso_day(date_start) > 31`,
        // Statistics: one narrow row per incident and side, written with the incident (statsRows).
        `CREATE TABLE incident_stats (incident_id ${T} NOT NULL, side ${T} NOT NULL, listed integer NOT NULL,
          date_start ${T} NOT NULL, date_end ${T} NOT NULL, event_type ${T} NOT NULL, sub_event_type ${T} NOT NULL,
          killed_low integer NOT NULL, killed_best integer NOT NULL, killed_high integer NOT NULL,
          wounded_low integer NOT NULL, wounded_best integer NOT NULL, wounded_high integer NOT NULL,
          PRIMARY KEY (incident_id, side))`,
        // As on SQLite: the listing flag follows parent_id, and the rows go with their incident.
        `CREATE FUNCTION incident_stats_listed() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN UPDATE incident_stats SET listed = (NEW.parent_id IS NULL)::int WHERE incident_id = NEW.id; RETURN NULL; END $$`,
        `CREATE TRIGGER incident_stats_listed AFTER UPDATE OF parent_id ON incidents FOR EACH ROW EXECUTE FUNCTION incident_stats_listed()`,
        `CREATE FUNCTION incident_stats_delete() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN DELETE FROM incident_stats WHERE incident_id = OLD.id; RETURN NULL; END $$`,
        `CREATE TRIGGER incident_stats_delete AFTER DELETE ON incidents FOR EACH ROW EXECUTE FUNCTION incident_stats_delete()`,
      ]);
    },
  },
  '0006_search': {
    async up(db) {
      // The words of each row as a tsvector written by PostgresStore (see postgres-search.ts),
      // found through a GIN index. Like FTS5's `id UNINDEXED`, ids are not unique here.
      const statements: string[] = [];
      for (const table of ['incidents_fts', 'claims_fts', 'documents_fts']) {
        statements.push(`CREATE TABLE ${table} (id ${T} NOT NULL, words tsvector NOT NULL)`);
        statements.push(`CREATE INDEX ${table}_by_id ON ${table} (id)`);
        statements.push(`CREATE INDEX ${table}_by_words ON ${table} USING gin (words)`);
      }
      await run(db, statements);
    },
  },
};
