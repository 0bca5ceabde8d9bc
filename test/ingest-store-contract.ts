import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConflictRecord, Incident } from '../src/domain/index.js';
import { loadRecordDir } from '../src/record/load-record.js';
import type { IngestedDocument } from '../src/storage/ingest-store.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD } from './helpers.js';

/** A received document with one incident, in the shape ingestion writes. */
export function receivedDocument(n: number, overrides: Partial<IngestedDocument> = {}): IngestedDocument {
  const id = `doc-${String(n).padStart(16, '0')}`;
  const incident: Incident = {
    id: `${id}-1`,
    title: 'Armed clash in Riverford, 5 May 2021',
    summary: 'Shelling near Riverford wounded two soldiers.',
    type: { event_type: 'Battles', sub_event_type: 'Armed clash', extension: false },
    date: { start: '2021-05-05', end: '2021-05-05', precision: 'day' },
    places: [{ place_id: 'riverford', precision: 'exact' }],
    actor_ids: ['northland-army'],
    tags: [],
    status: 'unreviewed',
    origin: 'extracted',
    claims: [
      { id: `${id}-1/c1`, kind: 'event', stance: 'reports', claimant_id: 'the-courier', document_id: id, statement: 'Shelling near Riverford wounded two soldiers.', hedges: [], blames: [], casualties: [], span: { start: 0, end: 44 }, status: 'unreviewed' },
    ],
    casualties: [],
    responsibility: { status: 'unknown', accounts: [] },
    sides: ['XN'],
  };
  return {
    document: {
      id,
      title: `Report ${n}`,
      publisher_id: 'the-courier',
      published: { start: '2021-05-06', end: '2021-05-06', precision: 'day' },
      language: 'en',
      format: 'text',
      sha256: String(n).padStart(64, 'a'),
      ingest: { status: 'extracted', ingested_at: '2021-05-06T10:00:00Z', origin: `report-${n}.txt`, size: 44, incident_ids: [incident.id] },
    },
    bytes: new TextEncoder().encode('Shelling near Riverford wounded two soldiers.'),
    text: 'Shelling near Riverford wounded two soldiers.',
    signature: new Uint8Array([1, 2, 3, 4]),
    bands: [`0:band-${n}`, `1:band-${n}`, '2:shared', '3:shared'],
    source: { id: 'the-courier', name: 'The Courier', kind: 'media', country: 'unknown', side: 'unknown', url: undefined },
    actors: [{ id: 'the-courier', name: 'The Courier', kind: 'media', side: 'unknown', country: 'unknown', aliases: [], demonyms: [], roles: [] }],
    incidents: [incident],
    ...overrides,
  };
}

/** What every Store backend must do for ingestion: received documents, all or nothing, and feeds. */
export function ingestStoreContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`Ingest store contract: ${name}`, () => {
    let store: Store;
    let record: ConflictRecord;

    beforeEach(async () => {
      store = await openEmpty();
      record = loadRecordDir(MINI_RECORD);
      await store.replaceRecord(record);
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores a received document with its bytes, text, publisher and incidents', async () => {
      const x = receivedDocument(1);
      await store.saveIngested(x);
      const before = (await store.counts());
      expect(before.documents).toBe(record.documents.length + 1);
      expect(before.sources).toBe(record.sources.length + 1);
      expect(await store.findDocumentByHash(x.document.sha256!)).toEqual({ id: x.document.id, status: 'extracted' });
      expect(await store.findDocumentByHash('f'.repeat(64))).toBeUndefined();
      const document = await store.getDocument(x.document.id);
      expect(document?.text).toBe(x.text);
      expect(document?.ingest?.origin).toBe('report-1.txt');
      // Lists stay light: the text is in the content, not in every listing.
      expect((await store.listDocuments()).find((d) => d.id === x.document.id)?.text).toBeUndefined();
      expect(await store.getDocumentContent(x.document.id)).toEqual({ bytes: x.bytes, text: x.text });
      expect(await store.getIncident(`${x.document.id}-1`)).toEqual(x.incidents[0]);
      expect((await store.listIncidents({ placeIds: ['riverford'], from: '2021-05-01' })).items.map((i) => i.id)).toEqual([`${x.document.id}-1`]);
      expect((await store.search('wounded two soldiers')).documents.map((d) => d.id)).toContain(x.document.id);
      expect(await store.getActor('the-courier')).toMatchObject({ name: 'The Courier' });
    });

    it('writes all or nothing: a failing document leaves the record as it was', async () => {
      await store.saveIngested(receivedDocument(1));
      const before = await store.counts();
      // The second document's incident reuses the first one's id, so its insert fails half-way.
      const clash = receivedDocument(2);
      const broken = { ...clash, incidents: [{ ...clash.incidents[0], id: 'doc-0000000000000001-1' }] };
      await expect(store.saveIngested(broken)).rejects.toThrow();
      expect(await store.counts()).toEqual(before);
      expect(await store.findDocumentByHash(clash.document.sha256!)).toBeUndefined();
      expect(await store.getDocumentContent(clash.document.id)).toBeUndefined();
    });

    it('replaces a document stored as failed when it is tried again', async () => {
      const good = receivedDocument(3);
      const failed = receivedDocument(3, {
        document: { ...good.document, ingest: { ...good.document.ingest!, status: 'failed', error: 'is a truncated or damaged PDF', incident_ids: [] } },
        text: '',
        incidents: [],
        signature: undefined,
        bands: [],
      });
      await store.saveIngested(failed);
      expect(await store.findDocumentByHash(good.document.sha256!)).toEqual({ id: good.document.id, status: 'failed' });
      await store.saveIngested(good);
      expect(await store.findDocumentByHash(good.document.sha256!)).toEqual({ id: good.document.id, status: 'extracted' });
      expect((await store.getDocument(good.document.id))?.ingest?.error).toBeUndefined();
      expect((await store.counts()).documents).toBe(record.documents.length + 1);
    });

    it('finds near-duplicate candidates by two shared bands or more', async () => {
      await store.saveIngested(receivedDocument(1));
      await store.saveIngested(receivedDocument(2));
      expect((await store.findNearDuplicateCandidates(['0:band-1', '1:band-1'])).map((c) => c.document_id)).toEqual(['doc-0000000000000001']);
      // One band in common is chance, not a copy.
      expect(await store.findNearDuplicateCandidates(['0:band-1', '9:none'])).toEqual([]);
      expect((await store.findNearDuplicateCandidates(['2:shared', '3:shared'])).map((c) => c.document_id).sort()).toEqual(['doc-0000000000000001', 'doc-0000000000000002']);
      expect((await store.findNearDuplicateCandidates(['2:shared', '3:shared']))[0].signature).toEqual(new Uint8Array([1, 2, 3, 4]));
      expect(await store.findNearDuplicateCandidates(['9:none'])).toEqual([]);
      expect(await store.findNearDuplicateCandidates([])).toEqual([]);
    });

    it('keeps feeds, their validators, errors and seen items', async () => {
      await store.addFeed({ id: 'courier', url: 'https://courier.example/rss', name: 'Courier' });
      await expect(store.addFeed({ id: 'courier-2', url: 'https://courier.example/rss', name: 'Again' })).rejects.toThrow();
      await store.updateFeed('courier', { etag: '"v1"', last_modified: 'Wed, 05 May 2021 10:00:00 GMT', checked_at: '2021-05-05T10:00:00Z', last_error: undefined });
      expect(await store.listFeeds()).toEqual([
        { id: 'courier', url: 'https://courier.example/rss', name: 'Courier', etag: '"v1"', last_modified: 'Wed, 05 May 2021 10:00:00 GMT', checked_at: '2021-05-05T10:00:00Z', added_at: expect.any(String) },
      ]);
      await store.markFeedItem('courier', 'guid-1', 'doc-1');
      await store.markFeedItem('courier', 'guid-1', 'doc-1');
      expect(await store.seenFeedItems('courier', ['guid-1', 'guid-2'])).toEqual(new Set(['guid-1']));
      expect(await store.removeFeed('https://courier.example/rss')).toBe(true);
      expect(await store.removeFeed('courier')).toBe(false);
      expect(await store.listFeeds()).toEqual([]);
    });
  
    it('shows reports through the incident they are grouped into, with their claims, all or nothing', async () => {
      const a = receivedDocument(1);
      const b = receivedDocument(2);
      await store.saveIngested(a);
      await store.saveIngested(b);
      const reports = await store.listReports({ from: '2021-05-01', to: '2021-05-31' });
      expect(reports.map((r) => r.incident.id)).toEqual(['doc-0000000000000001-1', 'doc-0000000000000002-1']);
      expect(reports[0].incident.claims).toHaveLength(1);
      const merged: Incident = { ...a.incidents[0], id: 'inc-riverford', origin: 'reconciled', claims: [...a.incidents[0].claims, ...b.incidents[0].claims], report_ids: ['doc-0000000000000001-1', 'doc-0000000000000002-1'] };
      await store.saveReconciliation({ incidents: [merged], parents: merged.report_ids!.map((report_id) => ({ report_id, incident_id: merged.id })), remove: [] });
      const listed = (await store.listIncidents({ from: '2021-05-01', to: '2021-05-31' })).items;
      expect(listed.map((i) => i.id)).toEqual(['inc-riverford']);
      expect(listed[0].claims.map((c) => c.id)).toEqual(['doc-0000000000000001-1/c1', 'doc-0000000000000002-1/c1']);
      expect((await store.getIncident('inc-riverford'))?.claims).toHaveLength(2);
      expect((await store.listReports({ parents: ['inc-riverford'] })).map((r) => r.parent_id)).toEqual(['inc-riverford', 'inc-riverford']);
      expect(await store.reconciledIds()).toEqual(['inc-riverford']);
      // A failing write changes nothing: the second incident reuses a record incident's id.
      const clash = { ...merged, id: '2021-03-05-riverford-clash' };
      await expect(store.saveReconciliation({ incidents: [clash], parents: [], remove: ['inc-riverford'] })).rejects.toThrow();
      expect((await store.listIncidents({ from: '2021-05-01', to: '2021-05-31' })).items.map((i) => i.id)).toEqual(['inc-riverford']);
      await store.saveReconciliation({ incidents: [], parents: [], remove: ['inc-riverford'] });
      expect(await store.reconciledIds()).toEqual([]);
    });

    it("keeps people's decisions: pins, reviews and claim statuses", async () => {
      await store.saveIngested(receivedDocument(1));
      await store.pinReports(['doc-0000000000000001-1'], 'inc-pinned');
      expect((await store.listReports())[0].pinned_to).toBe('inc-pinned');
      await store.pinReports(['doc-0000000000000001-1'], null);
      expect((await store.listReports())[0].pinned_to).toBeUndefined();
      const review = { status: 'accepted' as const, claim_count: 2, overrides: { title: 'Shelling of Riverford' }, updated_at: '2021-05-07T09:00:00Z' };
      await store.setReview('inc-x', review);
      expect(await store.getReview('inc-x')).toEqual(review);
      await store.setReview('inc-x', { ...review, status: 'disputed' });
      expect((await store.listReviews(['inc-x', 'inc-y'])).get('inc-x')?.status).toBe('disputed');
      expect(await store.setClaimStatus('doc-0000000000000001-1/c1', 'rejected')).toBe('doc-0000000000000001-1');
      expect((await store.getIncident('doc-0000000000000001-1'))?.claims[0].status).toBe('rejected');
      expect(await store.setClaimStatus('nothing/c1', 'rejected')).toBeUndefined();
    });
  });
}
