/**
 * ACLED's 31 columns in the order its downloads use (ACLED Codebook 2023, "Event-level
 * data"; the export tool's default CSV), which tools reading ACLED files expect.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** What an import cannot do without: the id, the date and its precision, and the type. */
export const ACLED_REQUIRED: readonly AcledColumn[] = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type'];

/** Columns holding numbers: written as numbers, never given spreadsheetSafe's apostrophe. */
export const ACLED_NUMERIC = new Set<string>(['year', 'time_precision', 'inter1', 'inter2', 'interaction', 'iso', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'timestamp']);
