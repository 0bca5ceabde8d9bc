import { createHash } from 'node:crypto';
import { sideCode, type Document, type IngestInfo } from '../../domain/index.js';
import { EXTRACTOR_VERSION } from './extractor-version.js';
import { incidentsForRecord } from './incidents-for-record.js';
import { issuerInTitle } from './issuer-in-title.js';
import type { IngestContext, IngestItem, ItemOutcome } from './ingest-types.js';
import { findOriginal } from './near-duplicate/find-original.js';
import { minhashSignature, signatureBands } from './near-duplicate/minhash.js';
import { publisherOf, type Publisher } from './publisher-of.js';
import { readInput } from './readers/choose-reader.js';
import { ReadError, type FeedItem, type RawInput, type ReadResult } from './readers/reader-types.js';

/**
 * What one input turned out to be: settled at once (a duplicate, a failure), a feed whose
 * items are to be ingested next, or a document being extracted, whose `finish` stores it.
 * Runs call `finish` in input order, so duplicates and copies are judged against everything
 * before them, while the next documents' extraction goes on elsewhere.
 */
export type Prepared =
  | { kind: 'done'; outcome: ItemOutcome }
  | { kind: 'feed'; title?: string; items: FeedItem[] }
  | { kind: 'document'; finish: () => Promise<ItemOutcome> };

const today = () => new Date().toISOString().slice(0, 10);

/** The id of a received document: from the hash of its bytes, so the same bytes always get the same id. */
export function documentIdOf(sha256: string): string {
  return `doc-${sha256.slice(0, 16)}`;
}

/**
 * One input's bytes through the stage: hash, skip if stored, read, extract, and store with
 * its claims (in the writer's next transaction). Bad input becomes a failed outcome (and,
 * when bytes were received, a failed document recording why); it never throws for bad data.
 */
export async function prepareBytes(raw: RawInput, item: IngestItem, ctx: IngestContext): Promise<Prepared> {
  const { store, options } = ctx;
  const sha256 = createHash('sha256').update(raw.bytes).digest('hex');
  const id = documentIdOf(sha256);
  const duplicate = (document_id: string): Prepared => ({ kind: 'done', outcome: { item: item.location, status: 'duplicate', document_id } });
  // The same bytes earlier in this run: being extracted, or stored but not yet committed.
  if (ctx.inFlight.has(sha256) || ctx.writer.pendingHash(sha256)) return duplicate(id);
  const stored = await store.findDocumentByHash(sha256);
  if (stored?.status === 'extracted') return duplicate(stored.id);
  ctx.inFlight.add(sha256);

  let read: ReadResult;
  try {
    read = await readInput(raw);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    return { kind: 'document', finish: () => saveFailed(raw, item, ctx, sha256, id, error.message) };
  }
  if (read.kind === 'feed') {
    ctx.inFlight.delete(sha256);
    return { kind: 'feed', title: read.title, items: read.items };
  }

  const meta = read.metadata;
  const title = options.title ?? meta.title ?? item.hints?.title ?? firstLine(read.text) ?? item.location;
  // A statement saved as a file names no site: its title may name the body that issued it.
  const publisher = publisherFor(ctx, options.publisher ?? meta.site_name ?? hostOf(raw.url) ?? issuerInTitle(title, ctx.gazetteer));
  const published = options.published ?? meta.published ?? item.hints?.published;
  const extraction = ctx.extractor
    .extract({ text: read.text, published, title, publisher: publisher.source.name, url: raw.url })
    .catch((error: Error) => ({ error }));

  return {
    kind: 'document',
    finish: async () => {
      const extracted = await (ctx.extractor.whileWaiting?.(extraction) ?? extraction);
      if ('error' in extracted) return saveFailed(raw, item, ctx, sha256, id, `could not be extracted (${extracted.error.message})`);
      // Here rather than beside extraction: this thread would otherwise be waiting for it.
      const signature = minhashSignature(read.text);
      const candidates = { findNearDuplicateCandidates: async (bands: string[]) => [...ctx.writer.pendingCandidates(bands), ...(await store.findNearDuplicateCandidates(bands))] };
      const original = signature ? await findOriginal(candidates, signature) : undefined;
      const sideOf = (actorId: string) => (actorId === publisher.voice.id ? sideCode(publisher.voice.side, publisher.voice.country) : ctx.gazetteer.sideOf(actorId));
      const incidents = incidentsForRecord(extracted.incidents, id, publisher.voice.id, sideOf, publisher.source.id);
      const ingest: IngestInfo = {
        status: 'extracted',
        ingested_at: new Date().toISOString(),
        origin: item.location,
        reader: meta.format,
        encoding: meta.encoding,
        size: raw.bytes.length,
        canonical_url: meta.canonical_url,
        site_name: meta.site_name,
        near_duplicate_of: original?.document_id,
        similarity: original?.similarity,
        extractor_version: EXTRACTOR_VERSION,
        incident_ids: incidents.map((i) => i.id),
      };
      const document: Document = {
        id,
        title: title.slice(0, 300),
        publisher_id: publisher.source.id,
        author: meta.author,
        published: { start: published ?? today(), end: published ?? today(), precision: 'day' },
        url: validUrl(raw.url ?? meta.canonical_url),
        language: meta.language ?? 'en',
        format: meta.format,
        sha256,
        ...(published ? {} : { note: 'The document gives no publication date: the day it was ingested stands in for it.' }),
        ingest,
      };
      await ctx.writer.add({
        document,
        bytes: raw.bytes,
        text: read.text,
        signature,
        bands: signature ? signatureBands(signature) : [],
        source: known(ctx, publisher) ? undefined : publisher.source,
        actors: ctx.known.actors.some((a) => a.id === publisher.voice.id) ? [] : [publisher.voice],
        incidents,
      });
      remember(ctx, publisher);
      ctx.inFlight.delete(sha256);
      return {
        item: item.location,
        status: original ? 'near_duplicate' : 'new',
        document_id: id,
        ...(original ? { duplicate_of: original.document_id } : {}),
        incidents: incidents.length,
        claims: incidents.reduce((n, i) => n + i.claims.length, 0),
        ...(incidents.length
          ? { span: { from: incidents.reduce((d, i) => (i.date.start < d ? i.date.start : d), incidents[0].date.start), to: incidents.reduce((d, i) => (i.date.end > d ? i.date.end : d), incidents[0].date.end) } }
          : {}),
      };
    },
  };
}

/** Stores what was received, with the reason it could not be read, so the failure stays on the record. */
async function saveFailed(raw: RawInput, item: IngestItem, ctx: IngestContext, sha256: string, id: string, reason: string): Promise<ItemOutcome> {
  const error = `${item.location} ${reason}`;
  ctx.inFlight.delete(sha256);
  if (raw.bytes.length === 0) return { item: item.location, status: 'failed', error };
  const publisher = publisherFor(ctx, ctx.options.publisher ?? hostOf(raw.url));
  const day = ctx.options.published ?? today();
  await ctx.writer.add({
    document: {
      id,
      title: (ctx.options.title ?? item.hints?.title ?? item.location).slice(0, 300),
      publisher_id: publisher.source.id,
      published: { start: day, end: day, precision: 'day' },
      url: validUrl(raw.url),
      language: 'en',
      sha256,
      ingest: { status: 'failed', error: reason, ingested_at: new Date().toISOString(), origin: item.location, size: raw.bytes.length, incident_ids: [] },
    },
    bytes: raw.bytes,
    text: '',
    source: known(ctx, publisher) ? undefined : publisher.source,
    actors: [],
    incidents: [],
  });
  remember(ctx, { ...publisher, voice: undefined });
  return { item: item.location, status: 'failed', document_id: id, error };
}

/** The publisher of a name, looked up once per run: the record's lists only grow by what this run adds. */
function publisherFor(ctx: IngestContext, name: string | undefined): Publisher {
  ctx.publishers ??= new Map();
  const key = name ?? '';
  let found = ctx.publishers.get(key);
  if (!found) ctx.publishers.set(key, (found = publisherOf(name, ctx.known.sources, ctx.known.actors)));
  return found;
}

/** Whether the publisher's source is stored already (or waits in this run's batch). */
function known(ctx: IngestContext, publisher: Publisher): boolean {
  return ctx.known.sources.some((s) => s.id === publisher.source.id);
}

/** Keeps a newly stored publisher in the run's cache, so the next document finds it. */
function remember(ctx: IngestContext, publisher: { source: Publisher['source']; voice?: Publisher['voice'] }): void {
  const { source, voice } = publisher;
  if (!ctx.known.sources.some((s) => s.id === source.id)) ctx.known.sources.push(source);
  if (voice && !ctx.known.actors.some((a) => a.id === voice.id)) ctx.known.actors.push(voice);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function validUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).toString();
  } catch {
    return undefined;
  }
}

function firstLine(text: string): string | undefined {
  return text.split('\n').map((l) => l.trim()).find((l) => l.length > 0)?.slice(0, 200);
}
