import { z } from 'zod';
import { casualtyFigure, defaultPrecision, type Claim, type Incident, type IncidentPlace } from '../domain/index.js';
import { IncidentFile } from '../record/file-schemas.js';
import type { Store } from '../storage/store.js';
import type { Change } from './review-actions.js';
import { rederive } from './review-actions.js';
import { ReviewError } from './review-error.js';

/**
 * An incident typed in by a person: the shape of the record's data files (names for places
 * and actors, the record's date notation, figures as stated), so what analysts know from
 * docs/data-format.md works here too. The id may be left out; the status is always
 * "unreviewed": a reviewer decides. Every incident needs a claim citing a stored document.
 */
export const NewIncident = IncidentFile.omit({ id: true, status: true }).extend({ id: IncidentFile.shape.id.optional() }).strict();
export type NewIncident = z.infer<typeof NewIncident>;

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

async function one(find: Promise<string[]>, what: string, name: string, field: string): Promise<string> {
  const ids = await find;
  if (ids.length === 1) return ids[0];
  if (!ids.length) throw new ReviewError('invalid', `no ${what} is called "${name}"; the ${what}s endpoint finds them by any alias`, field);
  throw new ReviewError('invalid', `"${name}" names several ${what}s (${ids.join(', ')}); give one's id`, field);
}

/** Makes a stored incident of what a person typed, resolving names to ids; refuses what it cannot resolve, naming the field. */
export async function createIncident(store: Store, input: NewIncident): Promise<Change<Incident>> {
  const id = input.id ?? `${input.date.start}-${slug(input.title)}`;
  if (await store.getIncident(id)) throw new ReviewError('conflict', `an incident with the id "${id}" exists already`, 'id');
  const places: IncidentPlace[] = [];
  for (const [i, ref] of input.places.entries()) {
    const name = typeof ref === 'string' ? ref : ref.place;
    const placeId = await one(store.findPlaces(name), 'place', name, `places.${i}`);
    const place = (await store.getPlace(placeId))!;
    places.push({ place_id: placeId, precision: (typeof ref === 'object' && ref.precision) || defaultPrecision(place.level) });
  }
  const actorIds: string[] = [];
  for (const [i, ref] of input.actors.entries()) {
    const name = typeof ref === 'string' ? ref : ref.actor;
    actorIds.push(await one(store.findActors(name), 'actor', name, `actors.${i}`));
  }
  const claims: Claim[] = [];
  for (const [i, c] of input.claims.entries()) {
    const at = (field: string) => `claims.${i}.${field}`;
    const document = await store.getDocument(c.document);
    if (!document) throw new ReviewError('invalid', `no document has the id "${c.document}"; ingest it first`, at('document'));
    const casualties = c.casualties.map((f, j) => {
      const figure = casualtyFigure({ outcome: f.outcome, group: f.group, side: f.side }, { count: f.count, hedge: f.hedge, min: f.min, max: f.max });
      if (typeof figure === 'string') throw new ReviewError('invalid', figure, at(`casualties.${j}`));
      return figure;
    });
    const blames = [];
    for (const [j, name] of c.blames.entries()) blames.push(await one(store.findActors(name), 'actor', name, at(`blames.${j}`)));
    claims.push({
      id: `${id}/c${i + 1}`,
      kind: c.kind,
      stance: c.stance,
      claimant_id: await one(store.findActors(c.claimant), 'actor', c.claimant, at('claimant')),
      document_id: document.id,
      statement: c.statement,
      ...(c.quote ? { quote: c.quote } : {}),
      hedges: c.hedges,
      ...(c.said_on ? { said_on: c.said_on } : {}),
      blames,
      casualties,
      status: 'unreviewed',
    });
  }
  const incident = await rederive(store, {
    id,
    title: input.title,
    summary: input.summary,
    type: input.type,
    date: input.date,
    places,
    actor_ids: actorIds,
    tags: input.tags,
    status: 'unreviewed',
    origin: 'record',
    claims,
    casualties: [],
    responsibility: { status: 'unknown', accounts: [] },
    sides: [],
  });
  await store.saveIncident(incident);
  return { target_kind: 'incident', target_id: id, before: null, after: incident };
}
