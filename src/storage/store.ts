import type {
  Actor,
  Agreement,
  Claim,
  ConflictRecord,
  Document,
  Incident,
  Meeting,
  Place,
  Precondition,
  ReviewStatus,
  Source,
} from '../domain/index.js';
import type { AccountStore } from './account-store.js';
import type { AuditStore } from './audit-store.js';
import type { ImportStore } from './import-store.js';
import type { IngestStore } from './ingest-store.js';
import type { MapStore } from './map-store.js';
import type { ReadStore } from './read-store.js';
import type { NoteStore } from './note-store.js';
import type { ReconcileStore } from './reconcile-store.js';
import type { StatsStore } from './stats-store.js';

/** Which incidents to list. Every field narrows; names are resolved to ids before they reach a Store. */
export type IncidentQuery = {
  /** Incidents whose date range ends on or after this ISO day. */
  from?: string;
  /** Incidents whose date range starts on or before this ISO day. */
  to?: string;
  /** Event types or sub-event types, in ACLED's words (any of them). */
  types?: string[];
  /** Place ids (any of them); callers add the places inside a region. */
  placeIds?: string[];
  /** Actor ids (any of them), as parties. */
  actorIds?: string[];
  /** Sides involved (any of them): AM, AZ, or a third party's code. */
  sides?: string[];
  status?: ReviewStatus[];
  /** Full-text query over titles, summaries and claims. */
  text?: string;
  /** [minLon, minLat, maxLon, maxLat]: incidents with at least one place inside (edges included). */
  bbox?: [number, number, number, number];
  /** By start date, then id: ascending ('date', the default) or newest first ('-date'). */
  order?: 'date' | '-date';
  /** Page size; a Store may cap it. */
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
};

export type Page<T> = { items: T[]; next_cursor?: string };

export type RecordCounts = {
  sources: number;
  documents: number;
  places: number;
  actors: number;
  incidents: number;
  claims: number;
  agreements: number;
  meetings: number;
  preconditions: number;
};

/** What a full-text search finds, each list best match first. */
export type SearchHits = {
  places: Place[];
  actors: Actor[];
  incidents: Incident[];
  /** Claims whose words match, each with the incident it belongs to. */
  claims: (Claim & { incident_id: string })[];
  documents: Document[];
};

/**
 * The record's storage. SQLite is the embedded default; every backend passes the
 * contract suite in test/store-contract.ts.
 */
export interface Store extends IngestStore, ReconcileStore, AccountStore, AuditStore, NoteStore, StatsStore, ReadStore, ImportStore, MapStore {
  /** Brings the schema to the newest version; safe to call on every start. */
  migrate(): Promise<void>;
  /** Replaces the whole record in one transaction: afterwards the store holds exactly `record`, or, on failure, what it held before. */
  replaceRecord(record: ConflictRecord): Promise<void>;
  /** Runs `work` in one transaction, on a store bound to it: all its writes commit, or none. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  counts(): Promise<RecordCounts>;

  /** Writes one incident with its claims, replacing any of the same id (a report keeps its grouping); not for reconciled incidents, whose claims are their reports'. */
  saveIncident(incident: Incident): Promise<void>;
  getIncident(id: string): Promise<Incident | undefined>;
  /** One claim, with the incident (or document report) it belongs to. */
  getClaim(id: string): Promise<(Claim & { incident_id: string }) | undefined>;
  listIncidents(query?: IncidentQuery): Promise<Page<Incident>>;

  getPlace(id: string): Promise<Place | undefined>;
  listPlaces(): Promise<Place[]>;
  /** Ids of places answering to a name or alias (normalised), or to the id itself. */
  findPlaces(name: string): Promise<string[]>;
  getActor(id: string): Promise<Actor | undefined>;
  listActors(): Promise<Actor[]>;
  findActors(name: string): Promise<string[]>;
  getSource(id: string): Promise<Source | undefined>;
  listSources(): Promise<Source[]>;
  getDocument(id: string): Promise<Document | undefined>;
  listDocuments(): Promise<Document[]>;
  /** Documents by id, without their text (presenters cite them); unknown ids are left out. */
  getDocuments(ids: string[]): Promise<Document[]>;

  listAgreements(): Promise<Agreement[]>;
  getAgreement(id: string): Promise<Agreement | undefined>;
  listMeetings(): Promise<Meeting[]>;
  getMeeting(id: string): Promise<Meeting | undefined>;
  listPreconditions(): Promise<Precondition[]>;
  getPrecondition(id: string): Promise<Precondition | undefined>;

  /** Finds places and actors by any name or alias (also in part), and incidents, claims and documents by their words. */
  search(text: string, limit?: number): Promise<SearchHits>;

  close(): Promise<void>;
}

/** The most incidents one page returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 1000;
