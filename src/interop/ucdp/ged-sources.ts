import type { Incident } from '../../domain/index.js';
import type { Catalog } from '../../export/catalog.js';
import { presentDocument } from '../../export/present-incident.js';

/**
 * GED's source columns from the documents the incident's claims cite (rejected claims
 * left out), one entry per document in the order first cited, joined by ";" as GED joins
 * them: source_article "publisher,date,title" (GED's own layout), source_office the
 * publishers, source_date their dates, source_headline the titles; source_original names
 * who the information comes from, the claimants; number_of_sources counts the documents.
 */
export function sourceCells(incident: Incident, catalog: Catalog) {
  const claims = incident.claims.filter((c) => c.status !== 'rejected');
  const docs = [...new Set(claims.map((c) => c.document_id))].map((id) => presentDocument(catalog, id));
  const claimants = [...new Set(claims.map((c) => catalog.actorName(c.claimant_id)))];
  return {
    number_of_sources: docs.length,
    source_article: docs.map((d) => `${d.publisher},${d.published},${d.title}`).join(';'),
    source_office: docs.map((d) => d.publisher).join(';'),
    source_date: docs.map((d) => d.published).join(';'),
    source_headline: docs.map((d) => d.title).join(';'),
    source_original: claimants.join(';'),
  };
}
