import { afterEach, describe, expect, it } from 'vitest';
import { loadRecordDir } from '../src/record/load-record.js';
import type { PostgresStore } from '../src/storage/postgres/postgres-store.js';
import { receivedDocument } from './ingest-store-contract.js';
import { MINI_RECORD } from './helpers.js';
import { openPostgresForTest, POSTGRES_TEST_URL, skipWithoutPostgres } from './postgres-fixtures.js';

// PostgresStore writes rows as one array parameter a column (postgres-insert.ts): the array
// literal's quoting must carry every character, and U+0000 must still go through encoded.
const AWKWARD = 'say "NULL", {a,b} \\ back\\slash, \'quote\' \u0000 nul \uFFFF nonchar\nline 🙂 NULL';

if (POSTGRES_TEST_URL) {
  describe('PostgreSQL inserts by array parameters', () => {
    let store: PostgresStore | undefined;
    afterEach(async () => store?.close());

    it('stores text with quotes, braces, backslashes, NUL and NULL-like words exactly, and finds it', async () => {
      store = await openPostgresForTest();
      await store.replaceRecord(loadRecordDir(MINI_RECORD));
      const x = receivedDocument(7);
      const text = `Shelling near Riverford. ${AWKWARD}`;
      const incident = { ...x.incidents[0], title: `Clash ${AWKWARD}` };
      await store.saveIngestedBatch([
        { ...x, document: { ...x.document, title: `Title ${AWKWARD}` }, text, bytes: new Uint8Array([0, 1, 92, 34, 123, 255]), signature: null as never, incidents: [incident] },
        receivedDocument(8),
      ]);
      const doc = await store.getDocument(x.document.id);
      expect(doc?.title).toBe(`Title ${AWKWARD}`);
      expect(doc?.text).toBe(text);
      const content = await store.getDocumentContent(x.document.id);
      expect([...content!.bytes]).toEqual([0, 1, 92, 34, 123, 255]);
      expect((await store.getIncident(incident.id))?.title).toBe(`Clash ${AWKWARD}`);
      expect((await store.getDocument(receivedDocument(8).document.id))?.title).toBe('Report 8');
      const hits = await store.search('slash nonchar');
      expect(hits.documents.map((d) => d.id)).toEqual([x.document.id]);
      expect(hits.incidents.map((i) => i.id)).toEqual([incident.id]);
    });

    it('gathers statistics for the tables that grew by a tenth since, and only those', async () => {
      store = await openPostgresForTest();
      await store.replaceRecord(loadRecordDir(MINI_RECORD));
      await store.saveIngestedBatch(Array.from({ length: 60 }, (_, n) => receivedDocument(n)));
      const first = await store.refreshStatistics();
      expect(first).toEqual(expect.arrayContaining(['claims', 'documents', 'document_bands', 'incidents']));
      expect(await store.refreshStatistics()).toEqual([]);
      await store.saveIngestedBatch([receivedDocument(100)]);
      expect(await store.refreshStatistics()).toEqual([]);
    });
  });
} else {
  skipWithoutPostgres('the PostgreSQL insert tests');
  describe.skip('PostgreSQL inserts by array parameters (set TRUCE_TEST_POSTGRES)', () => {
    it('stores awkward text exactly', () => {});
  });
}
