import type { Incident, Source } from '../../domain/index.js';
import type { Catalog } from '../../export/catalog.js';
import { joinList } from './cell-text.js';

/**
 * ACLED's source scale of one publisher (ACLED Codebook 2023, "Source scale"): the event
 * country's own outlets and authorities are National, other states' and international
 * bodies' are International, research and NGOs are Other.
 */
function scaleOf(source: Source, eventCountry: string): string {
  if (source.kind === 'academic' || source.kind === 'think_tank' || source.kind === 'ngo') return 'Other';
  if (source.kind === 'international_organisation') return 'International';
  return eventCountry && source.country === eventCountry ? 'National' : 'International';
}

/**
 * The sources columns: the publishers of the documents the claims cite, in the claims'
 * order, their scales joined as ACLED joins them ("National-International"), and a timestamp
 * that changes only when the sources do: the newest cited document's day (else the incident's
 * last day), in Unix seconds.
 */
export function sourceColumns(incident: Incident, catalog: Catalog, eventCountry: string) {
  const publishers: Source[] = [];
  let newest = '';
  for (const claim of incident.claims) {
    if (claim.status === 'rejected') continue;
    const doc = catalog.documents.get(claim.document_id);
    if (!doc) continue;
    if (doc.published.end > newest) newest = doc.published.end;
    const source = catalog.sources.get(doc.publisher_id);
    if (source && !publishers.includes(source)) publishers.push(source);
  }
  const scales = [...new Set(publishers.map((s) => scaleOf(s, eventCountry)))];
  return {
    source: joinList(publishers.map((s) => s.name)),
    source_scale: scales.join('-'),
    // Never the time of the export, so two exports of the same record are the same file.
    timestamp: Date.parse(`${newest || incident.date.end}T00:00:00Z`) / 1000,
  };
}
