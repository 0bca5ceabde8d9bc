/**
 * The API's answers as the pages read them (see /api/v1/openapi.json). Written here rather than
 * imported from the server so the browser bundle never pulls in server code.
 */

/** A date range and how precisely the sources pin it. */
export type DateRange = { start: string; end: string; precision: string };

export type PlaceRef = { id: string; name: string; country: string; lat: number | null; lon: number | null; precision: string };
export type ActorRef = { id: string; name: string; side: string };
export type DocumentRef = { id: string; title: string; publisher: string; published: string; author?: string; url?: string };
export type Claimant = { id: string; name: string; country: string };

/** A figure one claim states. */
export type ClaimFigure = {
  outcome: string; group: string; side: string; hedge: string; count: number | null; low: number | null; high: number | null; combined?: string[];
};

export type ReviewStatus = 'unreviewed' | 'accepted' | 'disputed' | 'rejected';

/** Who said what, where, in which words. */
export type Claim = {
  id: string;
  kind: string;
  claimant: Claimant;
  stance: string;
  statement: string;
  quote?: string;
  document: DocumentRef;
  hedges: string[];
  said_on?: DateRange;
  blames?: string[];
  casualties?: ClaimFigure[];
  status: ReviewStatus;
  span?: { start: number; end: number };
};

/** A claim listed across incidents (GET /claims). */
export type ListedClaim = Claim & { incident_id: string; report_id?: string };

/** A casualty range derived from the claims it lists. */
export type CasualtyRange = {
  outcome: string; group: string; side: string; low: number; best: number; high: number; acled_fatalities?: number; combined?: string[]; claims: string[];
};

export type Incident = {
  id: string;
  title: string;
  summary: string;
  type: { event_type: string; sub_event_type: string };
  date: DateRange;
  places: PlaceRef[];
  actors: ActorRef[];
  casualties: CasualtyRange[];
  claims: Claim[];
  responsibility: {
    status: string;
    accounts: { claim: string; claimant: string; side: string; blames: string[]; denial: boolean; statement: string }[];
  };
  sides: string[];
  corroboration?: { independent_sources: number; by_side: Record<string, number>; both_sides_confirm: boolean };
  disagreement?: { score: number; fields: Record<string, number> };
  reports?: string[];
  status: ReviewStatus;
  origin: string;
  tags: string[];
};

/** GET /incidents/{id}: the incident and each document its claims cite. */
export type IncidentDetail = Incident & { documents: DocumentRef[] };

/** A cursor page. */
export type Page<T> = { items: T[]; next_cursor: string | null };

export type Range = { low: number; best: number; high: number };
export type StatsBucket = { period: string; group?: string; incidents: number; killed: Range; wounded: Range };
export type Stats = { interval: string; by: string; buckets: StatsBucket[] };

export type Role = 'viewer' | 'analyst' | 'reviewer' | 'admin';
export type User = { id: string; name: string; role: Role; disabled?: boolean };
