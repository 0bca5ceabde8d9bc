// Table shapes shared by every backend. Whole domain objects live in `data` (JSON text);
// the other columns are copies kept for filtering and sorting.

type Json = string | object;

export interface Database {
  sources: { id: string; data: Json };
  /** `sha256` is set on ingested documents: the hash of their bytes as received, unique. */
  documents: { id: string; publisher_id: string; published_start: string; title: string; data: Json; sha256?: string | null };
  /** What ingestion received: the original bytes, the extracted text, and the MinHash signature for near-duplicates. */
  document_content: { document_id: string; bytes: Uint8Array; text: string; signature: Uint8Array | null };
  /** Locality-sensitive hashing bands of each signature, by key (see bandKey): documents sharing a band are near-duplicate candidates. */
  document_bands: { band: number; document_id: string };
  /** News feeds `truce watch` polls, with the validators of the last answer for conditional requests. */
  feeds: { id: string; url: string; name: string; etag: string | null; last_modified: string | null; checked_at: string | null; last_error: string | null; added_at: string };
  /** Items of a feed already taken, by guid or link, so a poll ingests only what is new. */
  feed_items: { feed_id: string; item_key: string; document_id: string | null; seen_at: string };
  places: { id: string; name: string; level: string; country: string; parent_id: string | null; data: Json };
  actors: { id: string; name: string; kind: string; side: string; country: string; parent_id: string | null; data: Json };
  /** Every name and alias of places and actors, normalised, for lookups by any of them. */
  names: { kind: 'place' | 'actor'; id: string; name: string; norm: string };
  incidents: {
    id: string;
    title: string;
    event_type: string;
    sub_event_type: string;
    date_start: string;
    date_end: string;
    precision: string;
    status: string;
    origin: string;
    data: Json;
    /** For a document's own incident (a report): the reconciled incident it is grouped into. Hidden from listings while set. */
    parent_id?: string | null;
    /** For a report: the incident a person placed it in, which reconciliation never undoes. */
    pinned_to?: string | null;
  };
  /** People's decisions on reconciled incidents, kept across re-runs: review status and edited fields. */
  incident_reviews: { incident_id: string; status: string; claim_count: number; overrides: Json | null; updated_at: string };
  /** People's notes on incidents, and analysts' proposed edits (`fields`, JSON). */
  incident_notes: { id: string; incident_id: string; author: string; kind: string; text: string; fields: string | null; created_at: string };
  /**
   * One narrow row per incident and side ('' for the incident as a whole) with its killed and
   * wounded ranges summed, so statistics GROUP BY without reading JSON. Written with the
   * incident (statsRows); `listed` follows parent_id by trigger.
   */
  incident_stats: {
    incident_id: string;
    side: string;
    listed: number;
    date_start: string;
    date_end: string;
    event_type: string;
    sub_event_type: string;
    killed_low: number;
    killed_best: number;
    killed_high: number;
    wounded_low: number;
    wounded_best: number;
    wounded_high: number;
  };
  /** (incident, facet, value) rows: the places, actors and sides an incident is filtered by. */
  incident_facets: { incident_id: string; facet: 'place' | 'actor' | 'side'; value: string };
  claims: {
    id: string;
    incident_id: string;
    position: number;
    kind: string;
    claimant_id: string;
    document_id: string;
    status: string;
    data: Json;
  };
  agreements: { id: string; date_start: string; data: Json };
  meetings: { id: string; date_start: string; data: Json };
  preconditions: { id: string; date_start: string; data: Json };
  /** People who may sign in. `name_key` is the name lowercased, unique, so names differ in more than case; `disabled` is 0 or 1. */
  users: { id: string; name: string; name_key: string; role: string; password_hash: string | null; created_at: string; disabled: number };
  /** API tokens, by the sha256 of their secret: the secret itself is never stored. */
  api_tokens: { id: string; user_id: string; name: string; token_hash: string; created_at: string; last_used_at: string | null; revoked_at: string | null };
  /** Signed-in browser sessions, by the sha256 of their id. */
  sessions: { id_hash: string; user_id: string; csrf_token: string; created_at: string; expires_at: string };
  /** Instance settings, one JSON value a key. */
  settings: { key: string; value: string };
  /** The append-only, hash-chained audit log (triggers refuse updates and deletes). `before`/`after` are JSON text or null. */
  audit_log: { seq: number; at: string; actor: string; action: string; target_kind: string; target_id: string; before: string | null; after: string | null; prev_hash: string; hash: string };
}

export function fromJson<T>(data: Json): T {
  return (typeof data === 'string' ? JSON.parse(data) : data) as T;
}
