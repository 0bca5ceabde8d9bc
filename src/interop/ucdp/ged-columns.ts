/**
 * UCDP GED's columns in the order of the GED 23.1 / 24.1 CSV release (codebook "UCDP
 * Georeferenced Event Dataset (GED) Global version 23.1/24.1", section 3): the list
 * plus the dataset's own id columns (conflict/dyad/side ids, priogrid_gid, country_id and the
 * Gleditsch-Ward numbers of the two sides, gwnoa/gwnob, which close the row).
 */
export const GED_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;
export type GedColumn = (typeof GED_COLUMNS)[number];

/** Columns an import cannot do without: the id, who, what kind, where, when and how many died. */
export const GED_REQUIRED: readonly GedColumn[] = [
  'id',
  'type_of_violence',
  'side_a',
  'side_b',
  'where_prec',
  'country',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
];

/**
 * Columns Truce models, recomputed on export from the incident's date, type, place and
 * casualty figures. An imported row keeps one of them in `external.fields` only when the
 * model would not give its cell back as written (a date with a time, where_prec 7, a
 * country GED names differently, a deaths split between two sides with no country code).
 */
export const MODELED_COLUMNS = [
  'year',
  'type_of_violence',
  'where_prec',
  'country',
  'country_id',
  'region',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
] as const satisfies readonly GedColumn[];
export type ModeledColumn = (typeof MODELED_COLUMNS)[number];

/**
 * Columns an imported row keeps as written, in `external.fields`: GED's own ids and
 * classifications (conflict, dyad, side ids, code_status, active_year, event_clarity), its
 * sources (the imported incident's claim cites the file instead), and its spelling of the
 * sides and of the location with its coordinates. The sides and the place are also modeled
 * (as actors and a place), but the record may know them by other names or at other
 * coordinates (its own Tovuz (city) for GED's "Tovuz town"), and the row must come back
 * as GED wrote it.
 */
export const KEPT_COLUMNS: readonly GedColumn[] = GED_COLUMNS.filter((c) => c !== 'id' && !(MODELED_COLUMNS as readonly string[]).includes(c));

/** Columns whose cells are numbers in GED; every other cell is text and goes out spreadsheet-safe. */
export const NUMERIC_COLUMNS: ReadonlySet<GedColumn> = new Set([
  'id',
  'year',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'dyad_dset_id',
  'dyad_new_id',
  'side_a_dset_id',
  'side_a_new_id',
  'side_b_dset_id',
  'side_b_new_id',
  'number_of_sources',
  'where_prec',
  'latitude',
  'longitude',
  'priogrid_gid',
  'country_id',
  'event_clarity',
  'date_prec',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
]);
