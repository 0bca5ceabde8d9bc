import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecordDir } from '../src/record/load-record.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { IncidentQuery, Store } from '../src/storage/store.js';
import type { StatsQuery } from '../src/storage/stats-store.js';
import { openPostgresForTest, POSTGRES_TEST_URL, skipWithoutPostgres } from './postgres-fixtures.js';

// The built-in record on both backends, asked the same questions: the answers must be the
// same, order included (listing, statistics, the map, search with FTS5's words).

const LISTINGS: IncidentQuery[] = [
  {},
  { order: '-date', limit: 7 },
  { from: '2020-09-27', to: '2020-11-10' },
  { from: '2021-01-01', order: '-date' },
  { text: 'shelling' },
  { text: 'Şuşa' },
  { text: 'shusha' },
  { text: 'stepanak' },
  { text: 'killed civilians' },
  { text: 'T-72' },
  { sides: ['AM'], limit: 5 },
  { types: ['battles'], status: ['accepted', 'unreviewed'] },
];

const STATS: StatsQuery[] = (['day', 'week', 'month', 'year'] as const).flatMap((interval) =>
  (['none', 'side', 'type'] as const).map((by) => ({ interval, by })),
);

const SEARCHES = ['Shusha', 'Stepanakert', 'ceasefire', 'Tovuz artillery', 'Xankəndi', 'Ганджа', 'e-mail', '2020'];

if (POSTGRES_TEST_URL) {
  describe('PostgreSQL answers as SQLite does', () => {
    let sqlite: Store;
    let postgres: Store;
    beforeAll(async () => {
      const record = loadRecordDir();
      sqlite = await SqliteStore.open(':memory:');
      postgres = await openPostgresForTest();
      await sqlite.replaceRecord(record);
      await postgres.replaceRecord(record);
    }, 120_000);
    afterAll(async () => {
      await sqlite?.close();
      await postgres?.close();
    });

    it.each(LISTINGS.map((q) => [JSON.stringify(q), q] as const))('lists %s', async (_name, query) => {
      const ids = async (store: Store) => (await store.listIncidents(query)).items.map((i) => i.id);
      expect(await ids(postgres)).toEqual(await ids(sqlite));
    });

    it('gives back incidents with their keys in the same order', async () => {
      const first = async (store: Store) => JSON.stringify((await store.listIncidents({ limit: 20 })).items);
      expect(await first(postgres)).toBe(await first(sqlite));
    });

    it.each(STATS.map((q) => [`${q.interval} by ${q.by}`, q] as const))('counts %s', async (_name, query) => {
      expect(await postgres.incidentStats(query)).toEqual(await sqlite.incidentStats(query));
    });

    it('places the same points on the map', async () => {
      for (const query of [{}, { text: 'shelling' }, { from: '2020-10-01' }]) {
        expect(await postgres.mapPoints(query)).toEqual(await sqlite.mapPoints(query));
      }
    });

    it.each(SEARCHES)('finds the same for "%s"', async (text) => {
      const hits = async (store: Store) => {
        // A limit above every count: the top 20 by rank may differ, the matches may not.
        const h = await store.search(text, 1000);
        // Ranking differs (bm25 against ts_rank): the same rows, in any order.
        const sorted = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
        return { places: h.places.map((p) => p.id), actors: h.actors.map((a) => a.id), incidents: sorted(h.incidents), claims: sorted(h.claims), documents: sorted(h.documents) };
      };
      expect(await hits(postgres)).toEqual(await hits(sqlite));
    });
  });
} else {
  skipWithoutPostgres('the PostgreSQL parity tests');
  describe.skip('PostgreSQL answers as SQLite does (set TRUCE_TEST_POSTGRES)', () => {
    it('lists, counts, maps and searches alike', () => {});
  });
}
