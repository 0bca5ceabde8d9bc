import { ACLED_COLUMNS } from '../acled/acled-columns.js';

/**
 * Row `n` of a generated ACLED file for the import tests: shelling of a Syunik town, dated
 * over 2021; `cells` replaces or adds cells by column name. Columns left out are empty.
 * @example stringify([[...ACLED_COLUMNS], acledTestRow(1, { fatalities: '2' })])
 */
export function acledTestRow(n: number, cells: Record<string, string> = {}): string[] {
  const row: Record<string, string> = {
    event_id_cnty: `ARM${n}`,
    event_date: `2021-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')}`,
    year: '2021',
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Military Forces of Azerbaijan (2003-)',
    inter1: '1',
    actor2: 'Civilians (Armenia)',
    inter2: '7',
    interaction: '17',
    iso: '51',
    country: 'Armenia',
    admin1: 'Syunik',
    location: n % 3 ? 'Goris' : 'Kapan',
    latitude: '39.5100',
    longitude: '46.3400',
    geo_precision: '1',
    source: 'Armenpress',
    ...cells,
  };
  return ACLED_COLUMNS.map((c) => row[c] ?? '');
}
