import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDateNotation, sideCode, type ConflictRecord, type Incident } from '../src/domain/index.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { REVIEW, type DocumentReview, type Keep } from './gold-review.js';
import { GoldFile, type GoldDocument, type GoldFigure, type GoldIncident } from './gold-types.js';

// Builds eval/gold/reference-articles.json from the built-in record and the review in
// gold-review.ts. Re-run it after the record changes:  npx tsx eval/make-gold.ts [OUT]

const DEFAULT_OUT = fileURLToPath(new URL('./gold/reference-articles.json', import.meta.url));

/** The number a figure's words allow at the least, or the ceiling of an "up to". */
function goldValue(f: { count: number; low?: number; high?: number }): number {
  return f.low ?? f.high ?? f.count;
}

function figuresFrom(incident: Incident, documentId: string): GoldFigure[] {
  const seen = new Map<string, GoldFigure>();
  for (const claim of incident.claims) {
    if (claim.document_id !== documentId || claim.status === 'rejected') continue;
    for (const f of claim.casualties) {
      const figure = { outcome: f.outcome, side: f.side, value: goldValue(f) };
      seen.set(`${figure.outcome}|${figure.side}|${figure.value}`, figure);
    }
  }
  return [...seen.values()];
}

function goldIncident(record: ConflictRecord, review: DocumentReview, incident: Incident, verdict: Keep): GoldIncident {
  const actors = new Map(record.actors.map((a) => [a.id, a]));
  let date = incident.date;
  if (verdict.date) {
    const parsed = parseDateNotation(verdict.date);
    if (typeof parsed === 'string') throw new Error(`${review.document_id} ${incident.id}: ${parsed}`);
    date = parsed;
  }
  const sides = new Set<string>();
  for (const claim of incident.claims) {
    if (claim.document_id !== review.document_id || review.authors.includes(claim.claimant_id)) continue;
    const actor = actors.get(claim.claimant_id);
    if (actor) sides.add(sideCode(actor.side, actor.country));
  }
  return {
    id: incident.id,
    date: { start: date.start, end: date.end, precision: date.precision },
    places: verdict.places ?? incident.places.map((p) => p.place_id),
    casualties: verdict.casualties ?? figuresFrom(incident, review.document_id),
    claimant_sides: verdict.claimant_sides ?? [...sides].sort(),
    type: incident.type.sub_event_type,
  };
}

/**
 * The gold file for the reviewed documents. Throws when the record and the review
 * disagree on which incidents cite a document, naming the ids to review.
 */
export function makeGold(record: ConflictRecord, reviews: DocumentReview[] = REVIEW): GoldFile {
  const placeIds = new Set(record.places.map((p) => p.id));
  const problems: string[] = [];
  const documents: GoldDocument[] = reviews.map((review) => {
    const citing = record.incidents.filter((i) => i.claims.some((c) => c.document_id === review.document_id));
    const ids = new Set(citing.map((i) => i.id));
    for (const i of citing) if (!(i.id in review.verdicts)) problems.push(`${review.document_id}: record incident ${i.id} has no verdict in gold-review.ts`);
    for (const id of Object.keys(review.verdicts)) if (!ids.has(id)) problems.push(`${review.document_id}: verdict for ${id}, which no longer cites this document`);
    const incidents: GoldIncident[] = [];
    for (const incident of citing) {
      const verdict = review.verdicts[incident.id];
      if (!verdict || 'drop' in verdict) continue;
      const overrides = verdict.date ?? verdict.places ?? verdict.casualties ?? verdict.claimant_sides;
      if (overrides !== undefined && !verdict.why) problems.push(`${review.document_id}: ${incident.id} overrides the record without a reason (why)`);
      const gold = goldIncident(record, review, incident, verdict);
      for (const p of gold.places) if (!placeIds.has(p)) problems.push(`${review.document_id}: ${incident.id} names unknown place ${p}`);
      incidents.push(gold);
    }
    incidents.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
    return { document_id: review.document_id, file: review.file, published: review.published, incidents };
  });
  if (problems.length) throw new Error(`the gold review is out of date:\n  ${problems.join('\n  ')}`);
  return GoldFile.parse({
    about:
      'Incidents each reference article itself reports with a date it states, as data, built by eval/make-gold.ts from the built-in record and the review in eval/gold-review.ts.',
    documents,
  });
}

function main(out = DEFAULT_OUT): void {
  const gold = makeGold(loadRecordDir());
  writeFileSync(out, `${JSON.stringify(gold, null, 2)}\n`);
  for (const d of gold.documents) console.log(`${d.document_id}: ${d.incidents.length} incidents`);
  console.log(`wrote ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2]);
