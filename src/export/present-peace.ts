import type { Agreement, Incident, Meeting, Precondition } from '../domain/index.js';
import type { Catalog } from './catalog.js';
import { presentClaim } from './present-incident.js';

const names = (catalog: Catalog, ids: string[]) => ids.map((id) => ({ id, name: catalog.actorName(id) }));
const placeNames = (catalog: Catalog, ids: string[]) => ids.map((id) => ({ id, name: catalog.places.get(id)?.name ?? id }));
const claimsOf = (catalog: Catalog, timeline?: Incident) => (timeline?.claims ?? []).map((c) => presentClaim(catalog, c));

/** An agreement with its provisions and status; its claims are those of its timeline entry. */
export function presentAgreement(catalog: Catalog, a: Agreement, timeline?: Incident) {
  return {
    id: a.id,
    record_type: 'agreement' as const,
    name: a.name,
    kind: a.kind,
    date: a.date,
    places: placeNames(catalog, a.place_ids),
    parties: names(catalog, a.party_ids),
    mediators: names(catalog, a.mediator_ids),
    status: a.status,
    status_note: a.status_note ?? null,
    provisions: a.provisions,
    claims: claimsOf(catalog, timeline),
  };
}

export function presentMeeting(catalog: Catalog, m: Meeting, timeline?: Incident) {
  return {
    id: m.id,
    record_type: 'meeting' as const,
    title: m.title,
    date: m.date,
    places: placeNames(catalog, m.place_ids),
    participants: names(catalog, m.participant_ids),
    mediators: names(catalog, m.mediator_ids),
    format: m.format,
    outcome: m.outcome,
    status: m.status,
    agreements: m.agreement_ids,
    claims: claimsOf(catalog, timeline),
  };
}

export function presentPrecondition(catalog: Catalog, p: Precondition, timeline?: Incident) {
  return {
    id: p.id,
    record_type: 'precondition' as const,
    title: p.title,
    demanded_by: { id: p.demanded_by_id, name: catalog.actorName(p.demanded_by_id) },
    demanded_of: { id: p.demanded_of_id, name: catalog.actorName(p.demanded_of_id) },
    demand: p.demand,
    for_agreement: p.for_agreement_id ?? null,
    date: p.date,
    status: p.status,
    claims: claimsOf(catalog, timeline),
  };
}
