import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConflictRecord } from '../src/domain/index.js';
import { loadRecordDir } from '../src/record/load-record.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD } from './helpers.js';

/**
 * What every Store backend must do, run against each one (SQLite now, PostgreSQL later):
 * a backend's own test file only says how to open a fresh, empty store.
 */
export function storeContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
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

    it('migrates again without harm', async () => {
      await store.migrate();
      expect((await store.counts()).incidents).toBe(record.incidents.length);
    });

    it('commits a transaction\'s writes together, or none of them', async () => {
      const claimId = record.incidents.find((i) => i.id === '2021-03-05-riverford-clash')!.claims[0].id;
      await expect(
        store.transaction(async (tx) => {
          await tx.setClaimStatus(claimId, 'rejected');
          throw new Error('the second write failed');
        }),
      ).rejects.toThrow('the second write failed');
      expect((await store.getIncident('2021-03-05-riverford-clash'))!.claims[0].status).not.toBe('rejected');
      const owner = await store.transaction(async (tx) => {
        const id = await tx.setClaimStatus(claimId, 'rejected');
        // Reads inside see the transaction's own writes.
        expect((await tx.getIncident(id!))!.claims[0].status).toBe('rejected');
        return id;
      });
      expect(owner).toBe('2021-03-05-riverford-clash');
      expect((await store.getIncident(owner!))!.claims[0].status).toBe('rejected');
    });

    it('counts what it holds', async () => {
      expect(await store.counts()).toEqual({
        sources: 3,
        documents: 4,
        places: 5,
        actors: 8,
        incidents: 5,
        claims: 8,
        agreements: 1,
        meetings: 1,
        preconditions: 1,
      });
    });

    it('gives back an incident exactly as stored, claims in order', async () => {
      const original = record.incidents.find((i) => i.id === '2021-03-05-riverford-clash')!;
      expect(await store.getIncident(original.id)).toEqual(original);
      expect(await store.getIncident('no-such-incident')).toBeUndefined();
    });

    it('lists incidents in date order and filters by date overlap', async () => {
      const all = (await store.listIncidents()).items.map((i) => i.id);
      expect(all).toEqual([...record.incidents].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id)).map((i) => i.id));
      // The protest is dated to March 2021 as a whole: a day inside the month overlaps it.
      const day = (await store.listIncidents({ from: '2021-03-10', to: '2021-03-10' })).items.map((i) => i.id);
      expect(day).toEqual(['2021-03-20-lakeside-protest']);
      expect((await store.listIncidents({ from: '2021-07-01' })).items).toEqual([]);
    });

    it('filters by type, place, actor, side, status and text', async () => {
      const ids = async (q: Parameters<Store['listIncidents']>[0]) => (await store.listIncidents(q)).items.map((i) => i.id);
      expect(await ids({ types: ['battles'] })).toEqual(['2021-03-05-riverford-clash']);
      expect(await ids({ types: ['Meeting or negotiation'] })).toEqual(['2021-06-lakeside-talks']);
      expect(await ids({ placeIds: ['lakeside'] })).toEqual(['2021-03-20-lakeside-protest', '2021-06-lakeside-talks', 'lakeside-framework']);
      expect(await ids({ placeIds: [] })).toEqual([]);
      expect(await ids({ actorIds: ['southland-army'] })).toEqual(['2021-03-05-riverford-clash']);
      expect(await ids({ sides: ['XS'], types: ['Armed clash'] })).toEqual(['2021-03-05-riverford-clash']);
      expect(await ids({ status: ['rejected'] })).toEqual([]);
      expect(await ids({ text: 'artillery' })).toEqual(['2021-03-05-riverford-clash']);
      expect(await ids({ text: 'provocation' })).toEqual(['2021-03-05-riverford-clash']);
      expect(await ids({ text: '"); DROP TABLE incidents; --' })).toEqual([]);
    });

    it('pages with a cursor, each incident once', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listIncidents({ limit: 2, cursor });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.next_cursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual((await store.listIncidents()).items.map((i) => i.id));
    });

    it('finds places and actors by any name, alias or id', async () => {
      expect(await store.findPlaces('Çaykənd')).toEqual(['riverford']);
      expect(await store.findPlaces('chaykend')).toEqual(['riverford']);
      expect(await store.findPlaces('riverford')).toEqual(['riverford']);
      expect(await store.findPlaces('Atlantis')).toEqual([]);
      expect(await store.findActors("Northland's Defence Ministry")).toEqual(['northland-mod']);
      const hits = await store.search('Highmarch');
      expect(hits.places.map((p) => p.id)).toEqual(['hill-province']);
      expect((await store.search('Northern')).actors.map((a) => a.id)).toContain('northland-army');
      expect((await store.search('Riverford')).incidents.map((i) => i.id)).toContain('2021-03-05-riverford-clash');
      expect((await store.search('Lakeside talks')).documents.map((d) => d.id)).toEqual(['wire-2021-06']);
      const claims = (await store.search('provocation')).claims;
      expect(claims.map((c) => [c.id, c.incident_id])).toEqual([['2021-03-05-riverford-clash/c2', '2021-03-05-riverford-clash']]);
    });

    it('keeps the peace process with its records', async () => {
      expect((await store.listAgreements()).map((a) => a.id)).toEqual(['lakeside-framework']);
      expect((await store.getAgreement('lakeside-framework'))?.provisions).toHaveLength(1);
      expect((await store.getMeeting('2021-06-lakeside-talks'))?.mediator_ids).toEqual(['mediator-league']);
      expect((await store.getPrecondition('southland-demands-withdrawal'))?.demanded_of_id).toBe('northland-state');
      expect(await store.getAgreement('nope')).toBeUndefined();
    });

    it('replaces a record all or nothing', async () => {
      const before = await store.counts();
      const broken: ConflictRecord = { ...record, incidents: [...record.incidents, record.incidents[0]] };
      await expect(store.replaceRecord(broken)).rejects.toThrow();
      expect(await store.counts()).toEqual(before);
      expect(await store.getIncident('2021-03-05-riverford-clash')).toBeDefined();
    });
  });
}
