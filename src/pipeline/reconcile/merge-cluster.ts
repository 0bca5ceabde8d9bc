import { deriveIncident, eventTypeOf, formatDateNotation, type EventType, type Incident } from '../../domain/index.js';
import { corroborationOf } from './corroboration.js';
import { disagreementOf } from './disagreement.js';
import { mergedDate } from './merged-date.js';
import { PRECISION_RANK } from './place-match.js';
import { independentSource, type Report, type ReportPlace } from './report.js';
import type { MergeContext, ReconciledIncident } from './reconciled-incident.js';
import { TYPE_WEIGHT } from './type-match.js';

/**
 * The independent source of each report: the record's publisher of the document (or of what
 * it copies), else the report's own; a copy whose original is in the cluster counts as that
 * original, following chains of copies.
 */
function copiesFolded(reports: Report[], sourceOf?: (documentId: string) => string): (r: Report) => string {
  const byDocument = new Map(reports.map((r) => [r.document_id, r]));
  return (r: Report) => {
    for (let n = 0; r.copy_of && byDocument.has(r.copy_of) && n < 20; n++) r = byDocument.get(r.copy_of)!;
    return sourceOf ? sourceOf(r.copy_of ?? r.document_id) : independentSource(r);
  };
}

/** The places located most precisely, most cited first. */
function mergedPlaces(reports: Report[]): ReportPlace[] {
  const all = reports.flatMap((r) => r.places);
  if (all.length === 0) return [];
  const best = Math.min(...all.map((p) => PRECISION_RANK[p.precision]));
  const cited = new Map<string, { place: ReportPlace; n: number }>();
  for (const p of all) {
    if (PRECISION_RANK[p.precision] !== best) continue;
    const c = cited.get(p.place_id);
    if (c) c.n++;
    else cited.set(p.place_id, { place: p, n: 1 });
  }
  return [...cited.values()].sort((a, b) => b.n - a.n || (a.place.place_id < b.place.place_id ? -1 : 1)).map((c) => c.place);
}

/** The type most independent sources give; on a tie, the weightier (violence over statements). */
function mergedType(reports: Report[], sourceOf: (r: Report) => string): EventType {
  const votes = new Map<string, { type: Report['type']; sources: Set<string> }>();
  for (const r of reports) {
    const key = `${r.type.event_type}|${r.type.sub_event_type}`;
    const v = votes.get(key) ?? { type: r.type, sources: new Set() };
    v.sources.add(sourceOf(r));
    votes.set(key, v);
  }
  const [{ type }] = [...votes.values()].sort(
    (a, b) =>
      b.sources.size - a.sources.size ||
      (TYPE_WEIGHT[b.type.event_type] ?? 0) - (TYPE_WEIGHT[a.type.event_type] ?? 0) ||
      (a.type.sub_event_type < b.type.sub_event_type ? -1 : 1),
  );
  return eventTypeOf(type.sub_event_type) ?? { event_type: type.event_type, sub_event_type: type.sub_event_type, extension: false };
}

/**
 * One incident from the reports grouped as one occurrence: its date, places and type by the
 * rules in docs/reconciliation.md, every claim, figures by the casualty rule with each
 * independent source counted once (copies fold into what they copy), responsibility,
 * corroboration and disagreement. Returns a new value; the reports are not changed.
 *
 * @example
 * mergeCluster(reportsOf(cluster), { id: cluster.id, sideOf: (actor) => gazetteer.sideOf(actor) })
 */
export function mergeCluster(reports: Report[], ctx: MergeContext): ReconciledIncident {
  if (reports.length === 0) throw new Error('mergeCluster: a cluster needs at least one report');
  reports = [...reports].sort((a, b) => (a.id < b.id ? -1 : 1));
  const sourceOfReport = copiesFolded(reports, ctx.sourceOf);
  const byDocument = new Map(reports.map((r) => [r.document_id, sourceOfReport(r)]));
  const sourceOfDocument = (doc: string) => byDocument.get(doc) ?? ctx.sourceOf?.(doc) ?? `document:${doc}`;

  const date = mergedDate(reports.map((r) => r.date));
  const places = mergedPlaces(reports);
  const type = mergedType(reports, sourceOfReport);
  const claims = reports.flatMap((r) => r.claims).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const titled = reports.find((r) => r.title);
  const incident: Incident = deriveIncident(
    {
      id: ctx.id ?? `inc-${reports[0].id}`,
      title: titled?.title ?? `${type.sub_event_type}, ${places[0]?.place_id ?? 'place unknown'}, ${formatDateNotation(date)}`,
      summary: '',
      type,
      date,
      places: places.map((p) => ({ place_id: p.place_id, precision: p.precision })),
      actor_ids: [...new Set(reports.flatMap((r) => r.actor_ids))].sort(),
      tags: [],
      status: 'unreviewed',
      origin: 'extracted',
      claims,
      casualties: [],
      responsibility: { status: 'unknown', accounts: [] },
      sides: [],
    },
    { sideOf: ctx.sideOf, sourceOf: sourceOfDocument },
  );
  return {
    ...incident,
    report_ids: reports.map((r) => r.id),
    document_ids: [...new Set(reports.map((r) => r.document_id))].sort(),
    corroboration: corroborationOf(reports, sourceOfReport, ctx),
    disagreement: disagreementOf(reports, { places, event_type: type.event_type, claims, responsibility: incident.responsibility }, sourceOfReport),
  };
}
