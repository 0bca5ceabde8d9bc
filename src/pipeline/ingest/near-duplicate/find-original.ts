import type { IngestStore } from '../../../storage/ingest-store.js';
import { NEAR_DUPLICATE, signatureBands, similarity } from './minhash.js';

/**
 * The stored document this text copies, if any: among those sharing an LSH band, the most
 * similar one above the threshold (ties: the one stored first, by id order of the store).
 */
export async function findOriginal(store: Pick<IngestStore, 'findNearDuplicateCandidates'>, signature: Uint8Array): Promise<{ document_id: string; similarity: number } | undefined> {
  let best: { document_id: string; similarity: number } | undefined;
  for (const candidate of await store.findNearDuplicateCandidates(signatureBands(signature))) {
    const s = similarity(signature, candidate.signature);
    if (s >= NEAR_DUPLICATE && (!best || s > best.similarity)) best = { document_id: candidate.document_id, similarity: Math.round(s * 1000) / 1000 };
  }
  return best;
}
