import { z } from 'zod';
import type { Document } from '../../domain/index.js';
import { resolveDocumentFilter } from '../../query/document-filter.js';
import { DOCUMENT_STATUSES, type ListedClaim } from '../../storage/read-store.js';
import { MAX_PAGE_SIZE, type Store } from '../../storage/store.js';
import { many, route, type ApiRoute } from '../api-route.js';
import { catalogFor } from '../catalog-cache.js';
import { HttpError, notFound } from '../errors.js';
import { cursorParam, DEFAULT_PAGE_SIZE, limitParam, resolving } from './list-params.js';

const DocumentListQuery = z.strictObject({
  publisher: many().describe('publishers by id or name'),
  from: z.string().optional().describe('published on or after this day (2020, 2020-09 or 2020-09-27)'),
  to: z.string().optional().describe('published on or before this day'),
  status: many().describe(`${DOCUMENT_STATUSES.join(', ')}: only cited by the record, or received and read, or received and not readable`),
  limit: limitParam(),
  cursor: cursorParam(),
});

/**
 * What a browser may be given of an original, by the format ingestion read it as. Everything
 * is an attachment: a received web page must never run as this site's HTML.
 */
const ORIGINAL_TYPES: Record<string, { type: string; ext: string }> = {
  pdf: { type: 'application/pdf', ext: 'pdf' },
  text: { type: 'text/plain', ext: 'txt' },
  markdown: { type: 'text/plain', ext: 'md' },
};

async function publisherNames(store: Store): Promise<Map<string, string>> {
  const { sources } = await catalogFor(store, []);
  return new Map([...sources.values()].map((s) => [s.id, s.name]));
}

const present = (doc: Document, publishers: Map<string, string>) => ({ ...doc, publisher: publishers.get(doc.publisher_id) ?? doc.publisher_id });

async function documentOr404(store: Store, id: string): Promise<Document> {
  const doc = await store.getDocument(id);
  if (!doc) throw notFound('document', id);
  return doc;
}

async function claimsCiting(store: Store, documentId: string): Promise<ListedClaim[]> {
  const claims: ListedClaim[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listClaims({ documentId, limit: MAX_PAGE_SIZE, cursor });
    claims.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return claims;
}

/** Documents: their metadata, text, the spans claims were read from, and the original as received. */
export function documentRoutes(): ApiRoute[] {
  return [
    route({
      method: 'get', path: '/documents', summary: 'Documents the record cites or received, oldest first, filtered; cursor pagination (no text)', tag: 'documents', access: 'read',
      query: DocumentListQuery,
      async handler({ store, query }) {
        const filter = await resolving(() => resolveDocumentFilter(store, { ...query, limit: query.limit ?? DEFAULT_PAGE_SIZE }));
        const page = await store.findDocuments(filter);
        const publishers = await publisherNames(store);
        return { items: page.items.map((d) => present(d, publishers)), next_cursor: page.next_cursor ?? null };
      },
    }),
    route({
      method: 'get', path: '/documents/{id}', summary: 'A document, with its text when it was received', tag: 'documents', access: 'read',
      handler: async ({ store, params }) => present(await documentOr404(store, params.id), await publisherNames(store)),
    }),
    route({
      method: 'get', path: '/documents/{id}/spans', summary: "The passages of the document's text each claim was read from", tag: 'documents', access: 'read',
      description: 'One item for each claim citing the document that records where in the text it was found: start and end are offsets into the text (JavaScript string indices), and text is that passage, or null when the document has no stored text.',
      async handler({ store, params }) {
        const doc = await documentOr404(store, params.id);
        const items = (await claimsCiting(store, doc.id)).flatMap(({ id, incident_id, span }) =>
          span ? [{ claim_id: id, incident_id, start: span.start, end: span.end, text: doc.text === undefined ? null : doc.text.slice(span.start, span.end) }] : [],
        );
        return { items };
      },
    }),
    route({
      method: 'get', path: '/documents/{id}/original', summary: 'The original bytes as received, as a download', tag: 'documents', access: 'read',
      description: 'PDF as application/pdf, plain text and Markdown as text/plain, anything else (web pages among them) as application/octet-stream; always Content-Disposition: attachment.',
      async handler({ store, params }) {
        const doc = await documentOr404(store, params.id);
        const content = await store.getDocumentContent(doc.id);
        if (!content) throw new HttpError(404, 'not_found', `document "${doc.id}" is cited by the record, not received: there is no original to serve`);
        const { type, ext } = ORIGINAL_TYPES[doc.format ?? ''] ?? { type: 'application/octet-stream', ext: 'bin' };
        const charset = type.startsWith('text/') && /^[\w.:-]+$/.test(doc.ingest?.encoding ?? '') ? `; charset=${doc.ingest!.encoding}` : '';
        return new Response(new Uint8Array(content.bytes), {
          headers: {
            'content-type': type + charset,
            'content-disposition': `attachment; filename="${doc.id}.${ext}"`,
            'x-content-type-options': 'nosniff',
            'content-security-policy': 'sandbox',
          },
        });
      },
    }),
  ];
}
