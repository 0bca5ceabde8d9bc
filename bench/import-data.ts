import { stringify } from 'csv-stringify/sync';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

// A synthetic ACLED file shaped like a real download for the South Caucasus: 31 columns, a
// few dozen locations and actors, notes of a sentence or two, fatalities mostly 0.

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

const LOCATIONS = [
  ['AM', 51, 'Armenia', 'Tavush', 'Berd', 'Chinari', 40.93, 45.32], ['AM', 51, 'Armenia', 'Tavush', 'Berd', 'Aygepar', 40.96, 45.41],
  ['AM', 51, 'Armenia', 'Gegharkunik', 'Vardenis', 'Sotk', 40.2, 45.97], ['AM', 51, 'Armenia', 'Syunik', 'Goris', 'Goris', 39.51, 46.34],
  ['AM', 51, 'Armenia', 'Vayots Dzor', 'Jermuk', 'Jermuk', 39.84, 45.67], ['AM', 51, 'Armenia', 'Syunik', 'Kapan', 'Kapan', 39.21, 46.41],
  ['AZ', 31, 'Azerbaijan', 'Tovuz', 'Tovuz', 'Dondar Quscu', 41.06, 45.44], ['AZ', 31, 'Azerbaijan', 'Tovuz', 'Tovuz', 'Agdam', 41.07, 45.51],
  ['AZ', 31, 'Azerbaijan', 'Kalbajar', 'Kalbajar', 'Kalbajar', 40.1, 46.04], ['AZ', 31, 'Azerbaijan', 'Lachin', 'Lachin', 'Lachin', 39.64, 46.55],
  ['AZ', 31, 'Azerbaijan', 'Nakhchivan', 'Sadarak', 'Sadarak', 39.71, 44.88], ['AZ', 31, 'Azerbaijan', 'Ganja', 'Ganja', 'Ganja', 40.68, 46.36],
] as const;
const EVENTS = [
  ['Political violence', 'Battles', 'Armed clash', 'Military Forces of Armenia (2018-)', 1, 'Military Forces of Azerbaijan (2003-)', 1],
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Military Forces of Azerbaijan (2003-)', 1, 'Military Forces of Armenia (2018-)', 1],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike', 'Military Forces of Azerbaijan (2003-)', 1, 'Civilians (Armenia)', 7],
  ['Demonstrations', 'Protests', 'Peaceful protest', 'Protesters (Armenia)', 6, '', 0],
  ['Strategic developments', 'Strategic developments', 'Disrupted weapons use', 'Military Forces of Armenia (2018-)', 1, '', 0],
] as const;
const NOTES = [
  'On this day, border troops exchanged fire near the village for several hours; the defence ministry reported the incident.',
  'Artillery shells landed on the outskirts of the town, damaging two houses, according to local officials.',
  'Residents gathered outside the regional administration to demand the return of prisoners of war.',
  'A drone struck a military position; the ministry said the attack was repelled and denied any losses.',
];

/** Writes `rows` synthetic ACLED rows to `path`; deterministic for a given count. */
export async function writeAcledFile(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(stringify([[...ACLED_COLUMNS]]));
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const chunk: unknown[][] = [];
  for (let n = 0; n < rows; n++) {
    const [iso2, iso, country, admin1, admin2, location, lat, lon] = pick(LOCATIONS);
    const [disorder, type, sub, actor1, inter1, actor2, inter2] = pick(EVENTS);
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(next() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const fatalities = next() < 0.8 ? 0 : Math.floor(next() * 12);
    chunk.push([
      `${iso2 === 'AM' ? 'ARM' : 'AZE'}${n + 1}`, day, day.slice(0, 4), pick([1, 1, 1, 2, 3]), disorder, type, sub,
      actor1, '', inter1, actor2, '', inter2 || '', inter2 ? `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}` : `${inter1}0`, sub === 'Air/drone strike' && inter2 === 7 ? 'Civilian targeting' : '',
      iso, 'Caucasus and Central Asia', country, admin1, admin2, '', location, lat.toFixed(4), lon.toFixed(4), pick([1, 1, 2, 3]),
      pick(['Armenpress', 'APA', 'Ministry of Defence of Armenia', 'Ministry of Defence of Azerbaijan; Trend']), pick(['National', 'International', 'Other-National']),
      pick(NOTES), fatalities, '', 1700000000 + n,
    ]);
    if (chunk.length === 5000) {
      if (!out.write(stringify(chunk.splice(0)))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  out.end(stringify(chunk));
  await finished(out);
}
