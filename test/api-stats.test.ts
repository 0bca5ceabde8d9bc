import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecordDir } from '../src/record/load-record.js';
import { createApp } from '../src/server/app.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD, tempDir } from './helpers.js';

// The mini record's five incidents: in March 2021 the lakeside protest (the whole month,
// no sides), the Riverford clash (XN 4-4-6 killed, XS 2 wounded) and Southland's demand,
// both on Friday 5 March; in June the talks and the framework (1-30 June, XN, XS, third).

let store: Store;
let app: ReturnType<typeof createApp>;
const file = join(tempDir(), 'stats.db');
beforeAll(async () => {
  store = await SqliteStore.open(file);
  await store.replaceRecord(loadRecordDir(MINI_RECORD));
  app = createApp(store);
});
afterAll(() => store.close());

const stats = async (query: string) => {
  const res = await app.request(`/api/v1/stats${query}`);
  return { status: res.status, body: await res.json() };
};
const zero = { low: 0, best: 0, high: 0 };
const bucket = (period: string, incidents: number, killed = zero, wounded = zero, group?: string) => ({ period, ...(group ? { group } : {}), incidents, killed, wounded });

describe('GET /api/v1/stats', () => {
  it('counts incidents and sums their ranges per month by default, each in the month it starts in', async () => {
    const { status, body } = await stats('');
    expect(status).toBe(200);
    expect(body).toEqual({
      interval: 'month',
      by: 'none',
      buckets: [bucket('2021-03', 3, { low: 4, best: 4, high: 6 }, { low: 2, best: 2, high: 2 }), bucket('2021-06', 2)],
    });
  });

  it('buckets by year, for records spanning decades', async () => {
    expect((await stats('?interval=year')).body).toEqual({
      interval: 'year',
      by: 'none',
      buckets: [bucket('2021', 5, { low: 4, best: 4, high: 6 }, { low: 2, best: 2, high: 2 })],
    });
    expect((await stats('?interval=year&by=side')).body.buckets.map((b: { period: string; group: string; incidents: number }) => [b.period, b.group, b.incidents])).toEqual([
      ['2021', 'XN', 4],
      ['2021', 'XS', 4],
      ['2021', 'third', 2],
    ]);
  });

  it('buckets by week (named by its Monday) and by day', async () => {
    expect((await stats('?interval=week')).body.buckets).toEqual([bucket('2021-03-01', 3, { low: 4, best: 4, high: 6 }, { low: 2, best: 2, high: 2 }), bucket('2021-05-31', 2)]);
    expect((await stats('?interval=day')).body.buckets.map((b: { period: string; incidents: number }) => [b.period, b.incidents])).toEqual([
      ['2021-03-01', 1],
      ['2021-03-05', 2],
      ['2021-06-01', 2],
    ]);
  });

  it('splits by side: an incident under each side involved, figures under the side counted', async () => {
    expect((await stats('?by=side')).body.buckets).toEqual([
      bucket('2021-03', 2, { low: 4, best: 4, high: 6 }, zero, 'XN'),
      bucket('2021-03', 2, zero, { low: 2, best: 2, high: 2 }, 'XS'),
      bucket('2021-06', 2, zero, zero, 'XN'),
      bucket('2021-06', 2, zero, zero, 'XS'),
      bucket('2021-06', 2, zero, zero, 'third'),
    ]);
  });

  it('splits by ACLED event type', async () => {
    expect((await stats('?by=type')).body.buckets).toEqual([
      bucket('2021-03', 1, { low: 4, best: 4, high: 6 }, { low: 2, best: 2, high: 2 }, 'Battles'),
      bucket('2021-03', 1, zero, zero, 'Protests'),
      bucket('2021-03', 1, zero, zero, 'Strategic developments'),
      bucket('2021-06', 2, zero, zero, 'Strategic developments'),
    ]);
  });

  it("applies the incident list's filters", async () => {
    // From 10 March: the protest still runs then (and counts in March, where it starts).
    expect((await stats('?from=2021-03-10')).body.buckets).toEqual([bucket('2021-03', 1), bucket('2021-06', 2)]);
    expect((await stats('?type=Battles&by=side')).body.buckets.map((b: { group: string }) => b.group)).toEqual(['XN', 'XS']);
    expect((await stats('?place=Riverford')).body.buckets).toEqual([bucket('2021-03', 1, { low: 4, best: 4, high: 6 }, { low: 2, best: 2, high: 2 })]);
    expect((await stats('?side=XS&to=2021-04')).body.buckets).toEqual([bucket('2021-03', 2, { low: 4, best: 4, high: 6 }, { low: 2, best: 2, high: 2 })]);
  });

  it('narrows by words and review status as the incident list does', async () => {
    expect((await stats('?q=Riverford')).body.buckets).toEqual([bucket('2021-03', 1, { low: 4, best: 4, high: 6 }, { low: 2, best: 2, high: 2 })]);
    expect((await stats('?q=Riverford&by=side')).body.buckets.map((b: { group: string }) => b.group)).toEqual(['XN', 'XS']);
    expect((await stats('?q=nowhere-such-word')).body.buckets).toEqual([]);
    const listed = async (query: string) => ((await (await app.request(`/api/v1/incidents${query}`)).json()) as { items: unknown[] }).items.length;
    let all = 0;
    for (const status of ['accepted', 'unreviewed', 'disputed', 'rejected']) {
      const counted = (await stats(`?status=${status}`)).body.buckets.reduce((n: number, b: { incidents: number }) => n + b.incidents, 0);
      expect(counted, status).toBe(await listed(`?status=${status}`));
      all += counted;
    }
    expect(all).toBe(5);
  });

  it('refuses an interval or grouping it does not know, and a bad filter, with 400', async () => {
    for (const query of ['?interval=decade', '?by=place', '?from=yesterday', '?type=Picnic', '?limit=3', '?status=maybe']) {
      const { status, body } = await stats(query);
      expect(status, query).toBe(400);
      expect(body.error.status).toBe(400);
    }
  });

  it('sees writes, also by another connection to the same file, though answers are cached', async () => {
    expect((await stats('')).body.buckets).toHaveLength(2);
    const other = await SqliteStore.open(file);
    const record = loadRecordDir(MINI_RECORD);
    await other.replaceRecord({ ...record, incidents: record.incidents.filter((i) => !i.date.start.startsWith('2021-06')) });
    await other.close();
    expect((await stats('')).body.buckets).toEqual([bucket('2021-03', 3, { low: 4, best: 4, high: 6 }, { low: 2, best: 2, high: 2 })]);
    await store.replaceRecord(loadRecordDir(MINI_RECORD));
    expect((await stats('')).body.buckets).toHaveLength(2);
  });
});

// Listing "from a day" reads incidents longer than a month apart from the rest (see
// listIncidents); the built-in record has many, some spanning years. Pages must still come
// in order, with nothing missed or repeated across cursors.
describe('listing from a day, at any page size, in either order', () => {
  it('matches a plain filter over the built-in record', async () => {
    const built = await SqliteStore.open(':memory:');
    const record = loadRecordDir();
    await built.replaceRecord(record);
    try {
      for (const from of ['2016-04-03', '2020-10', '2021-06-15', '2023']) {
        for (const order of ['date', '-date'] as const) {
          const expected = record.incidents
            .filter((i) => i.date.end >= (from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from))
            .map((i) => [i.date.start, i.id] as const)
            .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
            .map(([, id]) => id);
          if (order === '-date') expected.reverse();
          const got: string[] = [];
          let cursor: string | undefined;
          do {
            const page = await built.listIncidents({ from: from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from, order, limit: 7, cursor });
            got.push(...page.items.map((i) => i.id));
            cursor = page.next_cursor;
          } while (cursor);
          expect(got, `${from} ${order}`).toEqual(expected);
        }
      }
    } finally {
      await built.close();
    }
  });
});
