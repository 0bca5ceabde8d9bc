import type { Document } from '../../domain/index.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { StoredReport } from '../../storage/reconcile-store.js';
import { UNKNOWN_PUBLISHER } from '../ingest/publisher-of.js';
import type { Report, ReportPlace } from '../reconcile/index.js';

/** What turning stored reports into the reconciler's input needs: the documents (publisher, copy links) and the gazetteer. */
export type ReportContext = { documents: Map<string, Document>; gazetteer: Gazetteer };

/** The ids of every place that contains this one, nearest first. */
function parentsOf(gazetteer: Gazetteer, placeId: string): string[] {
  const parents: string[] = [];
  for (let id = gazetteer.places.get(placeId)?.parent_id, n = 0; id && n < 10; id = gazetteer.places.get(id)?.parent_id, n++) parents.push(id);
  return parents;
}

/**
 * The source a document counts as for corroboration: its publisher, or the document itself
 * when it names none. Two statements ingested as text files without a publisher are not one
 * source; copies of one are still folded into it by their near-duplicate link.
 */
export function sourceOfDocument(document: Pick<Document, 'publisher_id'> | undefined, documentId: string): string {
  return document?.publisher_id && document.publisher_id !== UNKNOWN_PUBLISHER ? document.publisher_id : `document:${documentId}`;
}

/**
 * A document's own incident as the reconciler reads it: its document's publisher, the
 * document it copies (a near-duplicate) and that one's publisher, and each place with its
 * country, coordinates and the units containing it.
 */
export function reportOf(stored: StoredReport, ctx: ReportContext): Report {
  const incident = stored.incident;
  const documentId = incident.claims[0]?.document_id ?? incident.id;
  const document = ctx.documents.get(documentId);
  const copyOf = document?.ingest?.near_duplicate_of;
  const original = copyOf ? ctx.documents.get(copyOf) : undefined;
  const places: ReportPlace[] = incident.places.map((p) => {
    const place = ctx.gazetteer.places.get(p.place_id);
    return {
      place_id: p.place_id,
      precision: p.precision,
      country: place?.country ?? 'unknown',
      ...(place?.lat !== undefined && place?.lon !== undefined ? { lat: place.lat, lon: place.lon } : {}),
      parent_ids: parentsOf(ctx.gazetteer, p.place_id),
    };
  });
  return {
    id: incident.id,
    document_id: documentId,
    source_id: sourceOfDocument(document, documentId),
    ...(copyOf ? { copy_of: copyOf } : {}),
    ...(original ? { original_source_id: sourceOfDocument(original, copyOf!) } : {}),
    title: incident.title,
    date: incident.date,
    places,
    type: { event_type: incident.type.event_type, sub_event_type: incident.type.sub_event_type },
    actor_ids: incident.actor_ids,
    claims: incident.claims,
    ...(stored.pinned_to ? { pinned_incident_id: stored.pinned_to } : {}),
  };
}
