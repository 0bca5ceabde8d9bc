import { createHash } from 'node:crypto';
import { ACLED_TAXONOMY, casualtyFigure, deriveIncident, sideCode, type Actor, type CasualtyFigure, type Claim, type ConflictRecord, type Incident } from '../src/domain/index.js';
import type { IngestedDocument } from '../src/storage/ingest-store.js';
import type { Store } from '../src/storage/store.js';

// A generated record at scale for the API benchmark, written through the store's own write
// paths: the built-in record (places, actors, sources) with replaceRecord, then generated
// documents with saveIngestedBatch, the path `truce ingest` takes, a few thousand incidents a
// transaction so memory stays flat. Each document is a bulletin reporting four incidents
// (as the ministries' daily reports do); each incident has 1-3 claims with casualty figures,
// the later ones cited to an earlier bulletin of another publisher. Deterministic (seeded).

/** Incidents per document, and per transaction. */
const PER_DOCUMENT = 4;
const PER_BATCH = 4000;
const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = Math.floor((Date.UTC(2026, 0, 1) - FIRST_DAY) / 86_400_000);

/** mulberry32: small, fast, and the same record every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

/** The id of generated incident n, so the benchmark can ask for random ones. */
export const benchIncidentId = (n: number) => `bench-${n}`;

/**
 * Writes `count` generated incidents into `store` on top of the built-in `record`.
 * @example await writeBenchRecord(store, loadRecordDir(), 1_000_000, console.error)
 */
export async function writeBenchRecord(store: Store, record: ConflictRecord, count: number, log: (line: string) => void): Promise<void> {
  await store.replaceRecord(record);
  const next = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const places = record.places.filter((p) => p.level !== 'country');
  const parties = record.actors.filter((a) => a.side === 'AM' || a.side === 'AZ');
  const byId = new Map<string, Actor>(record.actors.map((a) => [a.id, a]));
  const sideOf = (id: string) => {
    const a = byId.get(id);
    return a ? sideCode(a.side, a.country) : 'unknown';
  };
  const publishers = record.sources.map((s) => s.id);
  const publisherOf = (doc: number) => publishers[doc % publishers.length];
  const types = Object.entries(ACLED_TAXONOMY).flatMap(([event_type, subs]) => subs.map((sub_event_type) => ({ event_type, sub_event_type, extension: false })));
  const combat = types.filter((t) => t.event_type === 'Battles' || t.event_type === 'Explosions/Remote violence');
  const started = performance.now();

  for (let from = 0; from < count; from += PER_BATCH) {
    const batch: IngestedDocument[] = [];
    for (let n = from; n < Math.min(count, from + PER_BATCH); n += PER_DOCUMENT) {
      const doc = n / PER_DOCUMENT;
      const docId = `bench-doc-${doc}`;
      // Dates spread over ten years, denser in 2020 and 2023 as the fighting was.
      const day = next() < 0.3 ? Math.floor(1700 + next() * 45 + (next() < 0.5 ? 0 : 1350)) : Math.floor((n / count) * DAYS);
      const incidents: Incident[] = [];
      for (let k = n; k < Math.min(count, n + PER_DOCUMENT); k++) {
        const type = next() < 0.7 ? pick(combat) : pick(types);
        const actors = [pick(parties), ...(next() < 0.5 ? [pick(parties)] : [])];
        const place = pick(places);
        const span = next() < 0.1 ? Math.floor(next() * 30) : 0;
        const claims: Claim[] = [];
        const nClaims = 1 + Math.floor(next() * 3);
        for (let c = 0; c < nClaims; c++) {
          const claimant = pick(parties);
          const victims = sideOf(pick(parties).id);
          const figures: CasualtyFigure[] = [];
          for (const outcome of ['killed', 'wounded'] as const) {
            if (next() < 0.4) continue;
            const f = casualtyFigure({ outcome, group: next() < 0.7 ? 'military' : 'civilian', side: victims }, { count: Math.floor(next() * 12), hedge: pick(['exact', 'exact', 'at_least', 'up_to'] as const) });
            if (typeof f !== 'string') figures.push(f);
          }
          const cited = c === 0 || doc < 10 ? docId : `bench-doc-${Math.floor(next() * doc)}`;
          claims.push({
            id: `${benchIncidentId(k)}-c${c}`,
            kind: 'casualties',
            stance: 'reports',
            claimant_id: claimant.id,
            document_id: cited,
            statement: `${claimant.name} reports ${figures.map((f) => `${f.count} ${f.outcome}`).join(' and ') || 'no casualties'} near ${place.name}.`,
            quote: `The situation near ${place.name} remained tense on ${iso(day)}.`,
            hedges: [],
            blames: [],
            casualties: figures,
            status: 'unreviewed',
          });
        }
        incidents.push(
          deriveIncident(
            {
              id: benchIncidentId(k),
              title: `${type.sub_event_type} near ${place.name}`,
              summary: `Generated incident ${k}: ${type.sub_event_type.toLowerCase()} near ${place.name}, reported by ${actors.map((a) => a.name).join(' and ')}.`,
              type,
              date: { start: iso(day), end: iso(day + span), precision: span ? 'days' : 'day' },
              places: [{ place_id: place.id, precision: 'near' }],
              actor_ids: [...new Set(actors.map((a) => a.id))],
              tags: [],
              status: 'unreviewed',
              origin: 'extracted',
              claims,
              casualties: [],
              responsibility: { status: 'unknown', accounts: [] },
              sides: [],
            },
            { sideOf, sourceOf: (id) => publisherOf(Number(id.slice('bench-doc-'.length)) || 0) },
          ),
        );
      }
      const text = incidents.map((i) => `${i.title}. ${i.summary}`).join('\n');
      const bytes = Buffer.from(text);
      batch.push({
        document: {
          id: docId,
          title: `Bulletin ${doc}: ${incidents[0].title}`,
          publisher_id: publisherOf(doc),
          published: { start: iso(day), end: iso(day), precision: 'day' },
          language: 'en',
          format: 'text',
          sha256: createHash('sha256').update(docId).digest('hex'),
          ingest: { status: 'extracted', ingested_at: new Date(0).toISOString(), origin: `bench:${doc}`, reader: 'text', size: bytes.length, incident_ids: incidents.map((i) => i.id) },
        },
        bytes,
        text,
        actors: [],
        incidents,
      });
    }
    await store.saveIngestedBatch(batch);
    const done = Math.min(count, from + PER_BATCH);
    if (done % 50_000 === 0 || done === count) log(`record: ${done}/${count} incidents (${Math.round(done / ((performance.now() - started) / 1000))}/s)`);
  }
}
