import { PassThrough, Readable } from 'node:stream';
import { z } from 'zod';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../../export/write-export.js';
import { resolveFilter } from '../../query/incident-filter.js';
import { route, type ApiRoute } from '../api-route.js';
import { HttpError } from '../errors.js';
import { incidentFilterFields } from './incidents.js';
import { resolving } from './list-params.js';

/** How each format goes out; keyed by ExportFormat, so a new format cannot be served without its type. */
const MEDIA: Record<ExportFormat, { type: string; file: string }> = {
  json: { type: 'application/json; charset=utf-8', file: 'truce-record.json' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', file: 'truce-record.jsonl' },
  csv: { type: 'text/csv; charset=utf-8', file: 'truce-incidents.csv' },
};

/** GET /exports/{format}: what `truce export --format` writes, with the same filters, as a download. */
export function exportRoutes(): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/exports/{format}',
      summary: `The record, or the incidents the filters select, as ${EXPORT_FORMATS.join(', ')}`,
      description:
        'The same files `truce export --format` writes: json is one object (incidents, the peace process, documents, places, actors); jsonl one record a line; csv one incident a row. Streamed, as an attachment.',
      tag: 'exports',
      access: 'read',
      query: z.strictObject(incidentFilterFields),
      async handler({ store, query, params }) {
        const format = params.format as ExportFormat;
        if (!EXPORT_FORMATS.includes(format)) throw new HttpError(404, 'not_found', `there is no export format "${params.format}"; the formats are ${EXPORT_FORMATS.join(', ')}`);
        const filter = await resolving(() => resolveFilter(store, query, { unknownNames: 'match-none' }));
        const out = new PassThrough();
        // The writer waits on the stream, so a slow client slows the export rather than filling memory.
        writeExport(store, format, out, filter).then(
          () => out.end(),
          (error: Error) => out.destroy(error),
        );
        return new Response(Readable.toWeb(out) as ReadableStream, {
          headers: { 'content-type': MEDIA[format].type, 'content-disposition': `attachment; filename="${MEDIA[format].file}"` },
        });
      },
    }),
  ];
}
