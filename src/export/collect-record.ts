import type { Incident } from '../domain/index.js';
import type { IncidentQuery, Store } from '../storage/store.js';
import { Catalog } from './catalog.js';
import { presentIncident } from './present-incident.js';
import { presentAgreement, presentMeeting, presentPrecondition } from './present-peace.js';

/** Every incident a query matches, page after page, in date order. */
/** Every incident matching the query, all pages read, as one list. */
export async function listAllIncidents(store: Store, query: IncidentQuery = {}): Promise<Incident[]> {
  const all: Incident[] = [];
  for await (const incident of allIncidents(store, query)) all.push(incident);
  return all;
}

export async function* allIncidents(store: Store, query: IncidentQuery = {}): AsyncGenerator<Incident> {
  let cursor: string | undefined;
  do {
    const page = await store.listIncidents({ ...query, limit: 1000, cursor });
    yield* page.items;
    cursor = page.next_cursor;
  } while (cursor);
}

/**
 * The whole record in its export shape: incidents (peace-process steps among them, on the
 * timeline), then the peace process itself, then the reference lists.
 */
export async function collectRecord(store: Store, query: IncidentQuery = {}) {
  const catalog = await Catalog.load(store);
  const incidents: Incident[] = [];
  incidents.push(...(await listAllIncidents(store, query)));
  const byId = new Map(incidents.map((i) => [i.id, i]));
  // A filtered export may leave a peace step's timeline entry out; fetch it then.
  const timeline = async (id: string) => byId.get(id) ?? (await store.getIncident(id));
  const agreements = await Promise.all((await store.listAgreements()).map(async (a) => presentAgreement(catalog, a, await timeline(a.id))));
  const meetings = await Promise.all((await store.listMeetings()).map(async (m) => presentMeeting(catalog, m, await timeline(m.id))));
  const preconditions = await Promise.all((await store.listPreconditions()).map(async (p) => presentPrecondition(catalog, p, await timeline(p.id))));
  return {
    incidents: incidents.map((i) => presentIncident(catalog, i)),
    agreements,
    meetings,
    preconditions,
    documents: [...catalog.documents.values()].map((d) => ({ ...d, publisher: catalog.sources.get(d.publisher_id)?.name ?? d.publisher_id })),
    places: [...catalog.places.values()],
    actors: [...catalog.actors.values()],
  };
}
export type ExportedRecord = Awaited<ReturnType<typeof collectRecord>>;
