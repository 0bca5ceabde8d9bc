import { PassThrough, Readable } from 'node:stream';
import { z } from 'zod';
import { CLAIM_FORMATS, EXPORT_FORMATS, EXPORT_RECORDS, isExportFormat, writeExport, type ExportFormat, type ExportRecords } from '../../export/write-export.js';
import { resolveFilter } from '../../query/incident-filter.js';
import { route, type ApiRoute } from '../api-route.js';
import { badRequest, HttpError } from '../errors.js';
import { incidentFilterFields } from './incidents.js';
import { resolving } from './list-params.js';
import type { Store } from '../../storage/store.js';

const CSV = 'text/csv; charset=utf-8';
const NDJSON = 'application/x-ndjson; charset=utf-8';

/** How each format goes out; keyed by ExportFormat, so a new format cannot be served without its type. */
const MEDIA: Record<ExportFormat, { type: string; file: string }> = {
  json: { type: 'application/json; charset=utf-8', file: 'truce-record.json' },
  jsonl: { type: NDJSON, file: 'truce-record.jsonl' },
  csv: { type: CSV, file: 'truce-incidents.csv' },
  // RFC 7946 §12: GeoJSON is UTF-8 and its media type takes no charset.
  geojson: { type: 'application/geo+json', file: 'truce-incidents.geojson' },
  acled: { type: CSV, file: 'truce-acled.csv' },
  ucdp: { type: CSV, file: 'truce-ucdp.csv' },
};

/** Claims go out under their own file names. */
const CLAIMS_FILE: Partial<Record<ExportFormat, string>> = { csv: 'truce-claims.csv', jsonl: 'truce-claims.jsonl' };

const ExportQuery = z.strictObject({
  ...incidentFilterFields,
  records: z.enum(EXPORT_RECORDS).optional().describe(`what a row holds: incidents (the default) or claims (csv and jsonl only), one row per claim with its incident, claimant and document`),
});

/** The export of `format` with the query's filters, as a download (see exportRoutes). */
async function exportResponse(store: Store, format: string, query: z.infer<typeof ExportQuery>): Promise<Response> {
  if (!isExportFormat(format)) throw new HttpError(404, 'not_found', `there is no export format "${format}"; the formats are ${EXPORT_FORMATS.join(', ')}`);
  const { records = 'incidents', ...filters } = query;
  if (records === 'claims' && !CLAIM_FORMATS.includes(format)) {
    throw badRequest(`claims are exported as ${CLAIM_FORMATS.join(' or ')}, not ${format}`, 'records');
  }
  const filter = await resolving(() => resolveFilter(store, filters, { unknownNames: 'match-none' }));
  const out = new PassThrough();
  // The writer waits on the stream, so a slow client slows the export rather than filling memory.
  writeExport(store, format, out, filter, records as ExportRecords).then(
    () => out.end(),
    (error: Error) => out.destroy(error),
  );
  const file = (records === 'claims' && CLAIMS_FILE[format]) || MEDIA[format].file;
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: { 'content-type': MEDIA[format].type, 'content-disposition': `attachment; filename="${file}"` },
  });
}

/**
 * GET /exports/{format}: what `truce export --format` writes, with the same filters, as a
 * download. Also GET /export?format= (and /exports?format=), the CLI's words as a query, since
 * that is the address people try first; without a format, the record as JSON.
 */
export function exportRoutes(): ApiRoute[] {
  const description =
    'The same files `truce export --format` writes: json is one object (incidents, the peace process, documents, places, actors); jsonl one record a line; csv one incident a row; ' +
    'geojson an RFC 7946 FeatureCollection, one Point feature per incident; acled and ucdp one incident a row in that dataset\'s columns. ' +
    '`records=claims` gives the claims instead, one a row (csv) or line (jsonl). Streamed, as an attachment. See docs/interop.md.';
  const FormatQuery = ExportQuery.extend({ format: z.string().optional().describe(`the format: ${EXPORT_FORMATS.join(', ')} (json when not given)`) });
  return [
    route({
      method: 'get',
      path: '/exports/{format}',
      summary: `The record, or the incidents the filters select, as ${EXPORT_FORMATS.join(', ')}`,
      description,
      tag: 'exports',
      access: 'read',
      query: ExportQuery,
      handler: ({ store, query, params }) => exportResponse(store, params.format ?? '', query),
    }),
    ...(['/export', '/exports'] as const).map((path) =>
      route({
        method: 'get',
        path,
        summary: `The same as /exports/{format}, the format given as ?format= (${EXPORT_FORMATS.join(', ')}; json when not given)`,
        description,
        tag: 'exports',
        access: 'read',
        query: FormatQuery,
        handler: ({ store, query: { format = 'json', ...rest } }) => exportResponse(store, format, rest),
      }),
    ),
  ];
}
