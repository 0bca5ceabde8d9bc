import type { Actor, ActorKind, Document, Incident, Place, PlaceLevel, Side } from '../domain/index.js';
import type { Catalog } from '../export/catalog.js';

/** What a row asks for a place: found by name in the record (and country), else added from the row. */
export type PlaceRequest = { name: string; country: string; lat?: number; lon?: number; level?: PlaceLevel; parent_id?: string };
/** What a row asks for an actor: found by name or alias, else added. */
export type ActorRequest = { name: string; kind?: ActorKind; side?: Side; country?: string };

/** What a row's mapping may use while it reads a row. */
export type RowContext = {
  /** The row's line in the file (the header is line 1). */
  line: number;
  /** The imported file as a document: every row's claim cites it. */
  document: Document;
  /** The dataset as an actor (ACLED, UCDP): the claimant of every row's claim. */
  claimant_id: string;
  /** A place's id: the record's, or a new one made from the row. */
  place(request: PlaceRequest): string;
  /** An actor's id: the record's, or a new one. */
  actor(request: ActorRequest): string;
};

/** A row that cannot be read: the column at fault and why. */
export class RowProblem {
  constructor(
    readonly column: string,
    readonly message: string,
  ) {}
}

/** What exports need to turn an incident into a row: names of places (with their parents), actors, documents, sources. */
export type ExportContext = { catalog: Catalog };

/**
 * One dataset's row layout, both ways: an import reads a row into an incident, an export
 * writes an incident as a row. Round trips hold: export, import, export gives the same rows.
 */
export type RowFormat = {
  dataset: 'acled' | 'ucdp';
  /** Every column, in the dataset's order. */
  columns: readonly string[];
  /** Columns an import cannot do without. */
  required: readonly string[];
  /** The row's id column (event_id_cnty, id). */
  idColumn: string;
  /** The incident id a row's dataset id becomes, so a row imported again is recognised. */
  incidentId(datasetId: string): string;
  /** Reads a row; a RowProblem names what is wrong. */
  toIncident(row: Record<string, string>, ctx: RowContext): Incident | RowProblem;
  /** Writes an incident as a row (values by column). */
  toRow(incident: Incident, ctx: ExportContext): Record<string, string | number>;
  /** The dataset as a publisher and as a claimant. */
  publisher: { id: string; name: string; url: string };
};

export type { Actor, Place };
