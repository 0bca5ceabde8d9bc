import { deriveIncident, type Incident } from '../../domain/index.js';
import { AUTHOR_ID } from '../extract/build-incident.js';

/**
 * Extracted incidents as the record stores them: ids of the document's own, every claim
 * citing the stored document, the document's own voice given to its publisher, and the
 * figures derived again with the record's sides. Returns new values.
 */
export function incidentsForRecord(extracted: Incident[], documentId: string, voiceId: string, sideOf: (actorId: string) => string, sourceId: string): Incident[] {
  return extracted.map((incident, i) => {
    const id = `${documentId}-${i + 1}`;
    const claims = incident.claims.map((claim, k) => ({
      ...claim,
      id: `${id}/c${k + 1}`,
      document_id: documentId,
      claimant_id: claim.claimant_id === AUTHOR_ID ? voiceId : claim.claimant_id,
    }));
    const actorIds = incident.actor_ids.map((a) => (a === AUTHOR_ID ? voiceId : a));
    return deriveIncident({ ...incident, id, claims, actor_ids: actorIds }, { sideOf, sourceOf: () => sourceId });
  });
}
