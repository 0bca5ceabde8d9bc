import { actorNames, normalizeName, placeNames, sideCode, type Actor, type Incident, type Place } from '../../domain/index.js';
import type { Catalog } from '../../export/catalog.js';
import { spreadsheetSafe } from '../../export/spreadsheet-safe.js';
import { joinList, splitList } from './cell-text.js';
import { ACLED_COLUMNS, ACLED_NUMERIC, type AcledColumn } from './acled-columns.js';
import { acledCountry } from './acled-countries.js';
import { acledTypeOf, disorderTypeOf, tagsOf } from './event-columns.js';
import { interactionOf, interCodeOf, type InterCode } from './inter-codes.js';
import { eventDateOf, geoPrecisionOf, parseAcledDate, timePrecisionOf } from './precision.js';
import { sourceColumns } from './source-columns.js';

/** An ACLED row, by column: numbers where ACLED has numbers, '' where there is nothing to say. */
export type AcledRow = Record<AcledColumn, string | number>;

const PRECISION_ORDER = ['exact', 'near', 'district', 'province', 'region', 'country'];

/** The place a row is located at: the incident's most precisely located place (the first of equals). */
function mainPlace(incident: Incident): Incident['places'][number] | undefined {
  return [...incident.places].sort((a, b) => PRECISION_ORDER.indexOf(a.precision) - PRECISION_ORDER.indexOf(b.precision))[0];
}

/** A place and the admin units above it (the place itself counts when it is one). */
function adminNames(place: Place, catalog: Catalog): { admin1: string; admin2: string } {
  const chain = [place];
  for (let p = place; p.parent_id && chain.length < 10; ) {
    const parent = catalog.places.get(p.parent_id);
    if (!parent) break;
    chain.push(parent);
    p = parent;
  }
  return { admin1: chain.find((p) => p.level === 'admin1')?.name ?? '', admin2: chain.find((p) => p.level === 'admin2')?.name ?? '' };
}

function placeColumns(incident: Incident, catalog: Catalog) {
  const at = mainPlace(incident);
  const place = at && catalog.places.get(at.place_id);
  if (!at || !place) return { country: '', iso: '', region: '', admin1: '', admin2: '', admin3: '', location: '', latitude: '', longitude: '', geo_precision: 3 };
  const country = acledCountry(place.country);
  return {
    country: country.name,
    iso: country.iso || '',
    region: country.region,
    ...adminNames(place, catalog),
    // Truce's places have two admin levels below the country; ACLED's third stays empty.
    admin3: '',
    location: place.name,
    latitude: Number(place.lat.toFixed(4)),
    longitude: Number(place.lon.toFixed(4)),
    geo_precision: geoPrecisionOf(at.precision),
  };
}

/**
 * The two sides of the row. Actor 1 is the party the claims blame when they agree, else the
 * first party; its allies (same side) are its associates. Actor 2 is the first party of
 * another side; every other party is associated with it.
 */
function actorColumns(incident: Incident, catalog: Catalog, eventCountry: string) {
  const parties = incident.actor_ids.map(
    (id): Actor => catalog.actors.get(id) ?? { id, name: id, kind: 'group', side: 'unknown', country: 'unknown', aliases: [], demonyms: [], roles: [] },
  );
  let first = parties[0];
  if (incident.responsibility.status === 'undisputed') {
    const blamed = new Set(incident.responsibility.accounts.filter((a) => !a.denial).flatMap((a) => a.blames));
    first = parties.find((p) => blamed.has(p.id)) ?? first;
  }
  const side = (a: Actor) => sideCode(a.side, a.country);
  const rest = parties.filter((p) => p !== first);
  const assoc1 = first ? rest.filter((p) => side(p) === side(first)) : [];
  const second = rest.find((p) => !assoc1.includes(p));
  const assoc2 = rest.filter((p) => p !== second && !assoc1.includes(p));
  const event = { country: eventCountry, type: incident.type };
  const inter1: InterCode = first ? interCodeOf(first, event) : 0;
  const inter2: InterCode = second ? interCodeOf(second, event) : 0;
  const names = (list: Actor[]) => joinList(list.map((a) => a.name));
  return {
    actor1: first?.name ?? '',
    assoc_actor_1: names(assoc1),
    inter1,
    actor2: second?.name ?? '',
    assoc_actor_2: names(assoc2),
    inter2,
    interaction: inter1 || inter2 ? interactionOf(inter1, inter2) : '',
  };
}

/** ACLED's single conservative figure: the lowest killed count any claim allows, summed over groups and sides (ranges counting several outcomes together left out). */
export function fatalitiesOf(incident: Incident): number {
  return incident.casualties.filter((r) => r.outcome === 'killed' && !r.combined).reduce((n, r) => n + r.conservative, 0);
}

/** ACLED marks events whose main target is civilians (Codebook 2023, "Civilian targeting"). */
function civilianTargeting(incident: Incident): string {
  if (incident.type.event_type === 'Violence against civilians') return 'Civilian targeting';
  const hurt = incident.casualties.filter((r) => r.outcome === 'killed' || r.outcome === 'wounded');
  if (incident.type.event_type === 'Explosions/Remote violence' && hurt.length && hurt.every((r) => r.group === 'civilian')) return 'Civilian targeting';
  return '';
}

/** An incident of Truce's own, by ACLED's rules. */
function nativeRow(incident: Incident, catalog: Catalog): AcledRow {
  const place = placeColumns(incident, catalog);
  const placeCountry = catalog.places.get(mainPlace(incident)?.place_id ?? '')?.country ?? '';
  const date = eventDateOf(incident.date);
  const type = acledTypeOf(incident.type);
  return {
    // The incident id: stable across exports and unique in the record, where an ACLED-style
    // "AZE1234" would need a counter that changes as incidents are added.
    event_id_cnty: incident.id,
    event_date: date,
    year: Number(date.slice(0, 4)),
    time_precision: timePrecisionOf(incident.date),
    disorder_type: disorderTypeOf(incident.type),
    event_type: type.event_type,
    sub_event_type: type.sub_event_type,
    ...actorColumns(incident, catalog, placeCountry),
    civilian_targeting: civilianTargeting(incident),
    ...place,
    ...sourceColumns(incident, catalog, placeCountry),
    notes: incident.summary || incident.title,
    fatalities: fatalitiesOf(incident),
    tags: joinList(tagsOf(incident)),
  };
}

const sameNumber = (text: string, value: string | number) => text.trim() !== '' && value !== '' && Number(text) === Number(value);
const sameList = (text: string, value: string | number) => joinList(splitList(text)) === joinList(splitList(String(value)));

/**
 * normalizeName, remembered: an export meets the same few hundred actor and place names on a
 * million rows, and normalizing one (eight passes of regular expressions and Unicode) was a
 * twentieth of an ACLED export's time. Emptied when it grows large, so it cannot grow forever
 * in a server.
 */
const normalized = new Map<string, string>();
function norm(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(name, (n = normalizeName(name)));
  }
  return n;
}

/** True when the names and the actors match one to one: each name answers to an actor (by name or alias), and each actor to a name. */
function sameActors(names: string[], actorIds: string[], catalog: Catalog): boolean {
  const said = new Set(names.map(norm));
  const namesOf = (id: string) => (catalog.actors.has(id) ? actorNames(catalog.actors.get(id)!) : [id]).map(norm);
  const known = new Set(actorIds.flatMap(namesOf));
  return [...said].every((n) => known.has(n)) && actorIds.every((id) => namesOf(id).some((n) => said.has(n)));
}

/**
 * An imported incident's row: the model's values, with the row's own wording wherever it
 * still says the same thing (a date written "12 July 2020", ACLED's name for an actor or
 * place the record calls otherwise, the row's coordinates for a place the record already
 * had), and the columns Truce does not model as the row had them.
 */
function importedRow(incident: Incident, catalog: Catalog, native: AcledRow): AcledRow {
  const f = incident.external!.fields;
  const row: AcledRow = { ...native, event_id_cnty: incident.external!.id, notes: incident.summary };
  const keep = (column: AcledColumn, same: (text: string, value: string | number) => boolean) => {
    if (column in f && same(f[column], row[column])) row[column] = f[column];
  };
  keep('event_date', (text, value) => parseAcledDate(text) === value);
  for (const column of ['year', 'time_precision', 'geo_precision', 'fatalities'] as const) keep(column, sameNumber);
  for (const column of ['event_type', 'sub_event_type'] as const) keep(column, (text, value) => text.trim().toLowerCase() === String(value).toLowerCase());
  keep('tags', sameList);
  for (const column of ['disorder_type', 'civilian_targeting', 'region', 'source', 'source_scale', 'timestamp'] as const) keep(column, () => true);

  const actorCells = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'] as const;
  const named = actorCells.flatMap((c) => splitList(f[c] ?? ''));
  if (actorCells.every((c) => c in f) && sameActors(named, incident.actor_ids, catalog)) {
    for (const column of [...actorCells, 'inter1', 'inter2', 'interaction'] as const) keep(column, () => true);
  }
  const place = incident.places[0] && catalog.places.get(incident.places[0].place_id);
  const samePlace = place ? 'location' in f && placeNames(place).some((n) => norm(n) === norm(f.location)) : !f.location;
  if (samePlace) for (const column of ['country', 'iso', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude'] as const) keep(column, () => true);
  return row;
}

/** A text cell as spreadsheets must get it; a number, or a number as the row wrote it, as it is. */
function cell(column: AcledColumn, value: string | number): string | number {
  if (ACLED_NUMERIC.has(column) && (typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value.trim()))) return value;
  return spreadsheetSafe(value);
}

/**
 * Writes an incident as an ACLED row, every column in ACLED's order. An imported incident
 * gives back its row as it was read.
 * @example acledRow(incident, { catalog }).event_date // '2020-07-13'
 */
export function acledRow(incident: Incident, { catalog }: { catalog: Catalog }): AcledRow {
  const native = nativeRow(incident, catalog);
  const row = incident.external?.dataset === 'acled' ? importedRow(incident, catalog, native) : native;
  return Object.fromEntries(ACLED_COLUMNS.map((c) => [c, cell(c, row[c])])) as AcledRow;
}
