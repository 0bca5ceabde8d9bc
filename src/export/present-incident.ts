import { sideCode, type Claim, type DateRange, type Incident } from '../domain/index.js';
import type { Catalog } from './catalog.js';

/** A date as exports write it: ISO days and the precision they are known to. */
function presentDate(range: DateRange) {
  return { start: range.start, end: range.end, precision: range.precision };
}

/** A document's publication date in ISO 8601: a day, a month (2024-02), a year, or an interval (2020-10/2020-11). */
export function isoPublished(range: DateRange): string {
  const cut = (iso: string) => (range.precision.startsWith('year') ? iso.slice(0, 4) : range.precision.startsWith('month') ? iso.slice(0, 7) : iso);
  const [a, b] = [cut(range.start), cut(range.end)];
  return a === b ? a : `${a}/${b}`;
}

export function presentClaimant(catalog: Catalog, actorId: string) {
  const actor = catalog.actors.get(actorId);
  return { id: actorId, name: actor?.name ?? actorId, country: actor ? sideCode(actor.side, actor.country) : 'unknown' };
}

export function presentDocument(catalog: Catalog, documentId: string) {
  const doc = catalog.documents.get(documentId);
  if (!doc) return { id: documentId, title: documentId, publisher: 'unknown', published: 'unknown' };
  return {
    id: doc.id,
    title: doc.title,
    publisher: catalog.sources.get(doc.publisher_id)?.name ?? doc.publisher_id,
    published: isoPublished(doc.published),
    ...(doc.author ? { author: doc.author } : {}),
    ...(doc.url ? { url: doc.url } : {}),
  };
}

/** A claim as exports write it: who says it, where, in which words, with which hedges. */
export function presentClaim(catalog: Catalog, claim: Claim) {
  return {
    id: claim.id,
    kind: claim.kind,
    claimant: presentClaimant(catalog, claim.claimant_id),
    stance: claim.stance,
    statement: claim.statement,
    ...(claim.quote ? { quote: claim.quote } : {}),
    document: presentDocument(catalog, claim.document_id),
    hedges: claim.hedges,
    ...(claim.said_on ? { said_on: presentDate(claim.said_on) } : {}),
    ...(claim.blames.length ? { blames: claim.blames.map((id) => catalog.actorName(id)) } : {}),
    ...(claim.casualties.length
      ? {
          casualties: claim.casualties.map(({ outcome, group, side, hedge, count, low, high, combined }) => ({
            outcome,
            group,
            side,
            hedge,
            count,
            low: low ?? null,
            high: high ?? null,
            ...(combined ? { combined } : {}),
          })),
        }
      : {}),
    status: claim.status,
    ...(claim.span ? { span: claim.span } : {}),
  };
}

/**
 * An incident in the export shape of DESIGN.md's contracts: what happened, where, who,
 * its casualty ranges with the claims behind them, and every claim with claimant and document.
 */
export function presentIncident(catalog: Catalog, incident: Incident) {
  const claimsById = new Map(incident.claims.map((c) => [c.id, c]));
  return {
    id: incident.id,
    title: incident.title,
    summary: incident.summary,
    type: { event_type: incident.type.event_type, sub_event_type: incident.type.sub_event_type },
    date: presentDate(incident.date),
    places: incident.places.map((p) => {
      const place = catalog.places.get(p.place_id);
      return { id: p.place_id, name: place?.name ?? p.place_id, country: place?.country ?? 'unknown', lat: place?.lat ?? null, lon: place?.lon ?? null, precision: p.precision };
    }),
    actors: incident.actor_ids.map((id) => {
      const actor = catalog.actors.get(id);
      return { id, name: actor?.name ?? id, side: actor ? sideCode(actor.side, actor.country) : 'unknown' };
    }),
    casualties: incident.casualties.map((r) => ({
      outcome: r.outcome,
      group: r.group,
      side: r.side,
      low: r.low,
      best: r.best,
      high: r.high,
      acled_fatalities: r.outcome === 'killed' && !r.combined ? r.conservative : undefined,
      ...(r.combined ? { combined: r.combined } : {}),
      claims: r.claim_ids,
    })),
    claims: incident.claims.map((c) => presentClaim(catalog, c)),
    responsibility: {
      status: incident.responsibility.status,
      accounts: incident.responsibility.accounts.map((a) => ({
        claim: a.claim_id,
        claimant: presentClaimant(catalog, a.claimant_id).name,
        side: a.side,
        blames: a.blames.map((id) => catalog.actorName(id)),
        denial: a.denial,
        statement: claimsById.get(a.claim_id)?.statement ?? '',
      })),
    },
    sides: incident.sides,
    ...(incident.corroboration ? { corroboration: incident.corroboration } : {}),
    ...(incident.disagreement ? { disagreement: incident.disagreement } : {}),
    ...(incident.report_ids ? { reports: incident.report_ids } : {}),
    status: incident.status,
    origin: incident.origin,
    tags: incident.tags,
  };
}
export type PresentedIncident = ReturnType<typeof presentIncident>;
