import { z } from 'zod';
import { ingestContext } from '../../pipeline/ingest/ingest-context.js';
import { reconcileArrivals } from '../../pipeline/reconcile-record/reconcile-arrivals.js';
import type { IngestItem, IngestOptions, ItemOutcome } from '../../pipeline/ingest/ingest-types.js';
import { LoadError, loadItem } from '../../pipeline/ingest/load-item.js';
import { prepareBytes } from '../../pipeline/ingest/prepare-bytes.js';
import type { RawInput } from '../../pipeline/ingest/readers/reader-types.js';
import { emptySummary, tally } from '../../pipeline/ingest/run-ingest.js';
import type { Store } from '../../storage/store.js';
import { route, type ApiContext, type ApiRoute } from '../api-route.js';
import type { RouteDeps } from '../api-routes.js';
import { DEFAULTS } from '../app-config.js';
import { HttpError, invalidBody } from '../errors.js';
import { bytesJob, itemJob, type IngestJob } from '../../queue/ingest-job.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day: YYYY-MM-DD');
const Metadata = {
  published: day.optional().describe("publication day, when the document does not say (else today)"),
  publisher: z.string().trim().min(1).max(200).optional().describe("who published it (else the page's site name, else the web address)"),
  title: z.string().trim().min(1).max(500).optional().describe('its title (else its own)'),
};
const IngestRequest = z.union([
  z.strictObject({ url: z.url({ protocol: /^https?$/ }).describe('a web page, PDF or text to fetch (private addresses are refused)'), ...Metadata }),
  z.strictObject({ text: z.string().min(1).describe('the document itself'), format: z.enum(['text', 'markdown', 'html']).default('text'), ...Metadata }),
]);
const UploadFields = z.strictObject(Metadata);

const TYPES = { text: 'text/plain; charset=utf-8', markdown: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' };

/**
 * Reads, extracts and stores one document with its incidents and claims, then groups them
 * with what the record holds on those days: all in the caller's transaction, with the audit
 * entry. A document that cannot be read is refused (422), and nothing is stored.
 */
async function ingestOne(ctx: ApiContext<unknown, unknown>, raw: RawInput, item: IngestItem, options: IngestOptions) {
  const run = await ingestContext(ctx.store, options, { workers: 0 });
  let outcome: ItemOutcome;
  try {
    const prepared = await prepareBytes(raw, item, run);
    if (prepared.kind === 'feed') throw invalidBody(`${item.location} is a news feed, not a document: add it with "truce feed add" and "truce watch"`, item.kind === 'url' ? 'url' : 'file');
    outcome = prepared.kind === 'done' ? prepared.outcome : await prepared.finish();
    await run.writer.flush();
  } finally {
    await run.extractor.close();
  }
  if (outcome.status === 'failed') throw new HttpError(422, 'unreadable_document', `the document could not be ingested: ${outcome.error}`, item.kind === 'url' ? 'url' : 'file');
  const reconciled = outcome.status === 'duplicate' ? undefined : await reconcileArrivals(ctx.store as Store, tally(emptySummary(), outcome), run.gazetteer);
  await ctx.audit({ action: outcome.status === 'duplicate' ? 'document.ingest_duplicate' : 'document.ingest', target_kind: 'document', target_id: outcome.document_id!, before: null, after: { ...outcome, item: item.location } });
  const answer = { ...outcome, document: await ctx.store.getDocument(outcome.document_id!), reconciled: reconciled ?? null };
  return ctx.c.json(answer, outcome.status === 'duplicate' ? 200 : 201);
}

/** With workers configured: the document is queued for `truce worker`, and the answer (202) names the job. */
async function enqueueOne(ctx: ApiContext<unknown, unknown>, queue: NonNullable<RouteDeps['config']['queue']>, job: IngestJob, item: string) {
  const [job_id] = await queue.sendIngest([job]);
  await ctx.audit({ action: 'document.ingest_queued', target_kind: 'job', target_id: job_id, before: null, after: { item } });
  return ctx.c.json({ status: 'queued', job_id, item }, 202);
}

const QUEUED = { 202: 'queued: a worker will ingest it (the answer names the job: job_id); only when workers are configured' };

/** Ingestion over HTTP: a URL or text as JSON, or a file as a multipart upload, under the CLI's safety rules. */
export function ingestRoutes(deps: RouteDeps): ApiRoute[] {
  const maxUpload = deps.config.maxUploadBytes ?? DEFAULTS.maxUploadBytes;
  const optionsOf = (m: { published?: string; publisher?: string; title?: string }): IngestOptions => ({
    published: m.published,
    publisher: m.publisher,
    title: m.title,
    allowPrivate: deps.config.allowPrivateUrls ?? false,
    maxBytes: maxUpload,
  });
  const queue = deps.config.queue;
  return [
    route({
      method: 'post', path: '/documents', summary: 'Ingest a document from a URL or as text: stored, extracted, its incidents grouped; 201 when new, 200 when the same bytes were stored before; 202 when workers are configured: queued for them', tag: 'documents',
      access: 'analyst', write: true, status: 200, alsoAnswers: { 201: 'created', ...QUEUED }, body: IngestRequest, errors: [422],
      // Fetching happens before the transaction opens: a slow site must not hold up every other request.
      async prepare({ body }) {
        if (!('url' in body)) return { bytes: new TextEncoder().encode(body.text), name: 'request body', contentType: TYPES[body.format] } satisfies RawInput;
        // Queued, the worker fetches the page.
        if (queue) return undefined;
        try {
          return await loadItem({ kind: 'url', location: body.url }, optionsOf(body));
        } catch (error) {
          if (error instanceof LoadError) throw new HttpError(422, 'unreadable_document', error.message, 'url');
          throw error;
        }
      },
      handler: (ctx) => {
        const item: IngestItem = 'url' in ctx.body ? { kind: 'url', location: ctx.body.url } : { kind: 'stdin', location: 'request body' };
        if (queue) return enqueueOne(ctx, queue, ctx.prepared ? bytesJob(ctx.prepared, optionsOf(ctx.body)) : itemJob(item, optionsOf(ctx.body)), item.location);
        return ingestOne(ctx, ctx.prepared!, item, optionsOf(ctx.body));
      },
    }),
    route({
      method: 'post', path: '/documents/upload', summary: 'Ingest an uploaded file (multipart/form-data: file, and optional published, publisher, title)', tag: 'documents',
      access: 'analyst', write: true, status: 200, alsoAnswers: { 201: 'created', ...QUEUED }, body: 'upload', maxBytes: maxUpload + 64 * 1024, errors: [422],
      async prepare({ body }) {
        const form = body as unknown as Record<string, string | File>;
        const { file, ...fields } = form;
        if (!(file instanceof File)) throw invalidBody('send the document in a form field named "file"', 'file');
        const parsed = UploadFields.safeParse(fields);
        if (!parsed.success) throw invalidBody(parsed.error.issues[0].message, String(parsed.error.issues[0].path[0] ?? 'file'));
        return { raw: { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name || 'upload', contentType: file.type || undefined } satisfies RawInput, fields: parsed.data };
      },
      handler: (ctx) =>
        queue
          ? enqueueOne(ctx, queue, bytesJob(ctx.prepared.raw, optionsOf(ctx.prepared.fields)), ctx.prepared.raw.name)
          : ingestOne(ctx, ctx.prepared.raw, { kind: 'file', location: ctx.prepared.raw.name }, optionsOf(ctx.prepared.fields)),
    }),
  ];
}
