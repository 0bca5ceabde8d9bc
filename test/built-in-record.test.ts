import { describe, expect, it } from 'vitest';
import { normalizeName, placeNames, type Incident } from '../src/domain/index.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { NameIndex } from '../src/gazetteer/name-index.js';
import { loadRecordDir } from '../src/record/load-record.js';

// The Armenia–Azerbaijan record shipped in data/: it must load, and hold what its users
// look for first. (The reference articles themselves are not read here.)
const record = loadRecordDir();
const incident = (id: string) => record.incidents.find((i) => i.id === id);
const places = new NameIndex('place');
for (const p of record.places) places.add(p.id, [p.name, ...Object.values(p.names), ...p.aliases]);
const placeId = (name: string) => {
  const found = places.resolve(name);
  if ('error' in found) throw new Error(found.error);
  return found.id;
};
const sideOf = new Map(record.actors.map((a) => [a.id, a.side]));
const claimantSides = (i: Incident) => new Set(i.claims.map((c) => sideOf.get(c.claimant_id)));
const inMonth = (i: Incident, month: string) => i.date.start <= `${month}-31` && i.date.end >= `${month}-01`;

describe('the built-in record', () => {
  it('is as large as its users need', () => {
    const occurrences = record.incidents.filter((i) => i.origin === 'record');
    expect(occurrences.length).toBeGreaterThanOrEqual(60);
    expect(record.incidents.length).toBeGreaterThanOrEqual(80);
    expect(record.places.length).toBeGreaterThanOrEqual(80);
    expect(record.actors.length).toBeGreaterThanOrEqual(60);
  });

  it('sources every claim: a claimant that exists and a document with title, publisher and date', () => {
    const actors = new Set(record.actors.map((a) => a.id));
    const documents = new Map(record.documents.map((d) => [d.id, d]));
    const sources = new Set(record.sources.map((s) => s.id));
    for (const i of record.incidents) {
      expect(i.claims.length, i.id).toBeGreaterThan(0);
      for (const c of i.claims) {
        expect(actors.has(c.claimant_id), c.id).toBe(true);
        const doc = documents.get(c.document_id)!;
        expect(doc.title && sources.has(doc.publisher_id) && doc.published.start, c.id).toBeTruthy();
        // Quotes are short phrases, never a source's sentences.
        if (c.quote) expect(c.quote.split(/\s+/).length, c.id).toBeLessThan(10);
      }
    }
  });

  it('knows places by every naming tradition, and keeps Tavush and Tovuz apart', async () => {
    // As a user searches: the name in one tradition finds the place named in the other.
    const store = await SqliteStore.open(':memory:');
    await store.replaceRecord(record);
    const finds = async (a: string, b: string) =>
      (await store.search(a)).places.some((p) => placeNames(p).some((n) => normalizeName(n).includes(normalizeName(b))));
    for (const [a, b] of [
      ['Khankendi', 'Stepanakert'],
      ['Khankandi', 'Stepanakert'],
      ['Shusha', 'Shushi'],
      ['Zangezur', 'Syunik'],
      ['Siunik', 'Syunik'],
      ['Nakhichevan', 'Nakhchivan'],
      ['Gyanja', 'Ganja'],
      ['Ganca', 'Ganja'],
      ['Jabrail', 'Jabrayil'],
      ['Madagiz', 'Sugovushan'],
      ['Karvachar', 'Kalbajar'],
      ['Berdzor', 'Lachin'],
    ]) {
      expect(await finds(a, b), `${a} finds ${b}`).toBe(true);
      expect(await finds(b, a), `${b} finds ${a}`).toBe(true);
    }
    await store.close();
    const tavush = record.places.find((p) => p.id === placeId('Tavush'))!;
    const tovuz = record.places.find((p) => p.id === placeId('Tovuz'))!;
    expect(tavush.id).not.toBe(tovuz.id);
    expect([tavush.country, tovuz.country]).toEqual(['AM', 'AZ']);
    expect(normalizeName(tavush.name)).not.toBe(normalizeName(tovuz.name));
  });

  it('shows both sides\' accounts of the July 2020 clashes on the Tovuz–Tavush border', () => {
    const tovuz = placeId('Tovuz');
    const inside = new Set([tovuz, ...record.places.filter((p) => p.parent_id === tovuz).map((p) => p.id)]);
    const july = record.incidents.filter((i) => inMonth(i, '2020-07') && i.places.some((p) => inside.has(p.place_id)));
    const clash = july.find((i) => i.type.event_type === 'Battles' && i.date.start === '2020-07-12');
    expect(clash).toBeDefined();
    expect(clash!.responsibility.status).toBe('disputed');
    expect([...claimantSides(clash!)]).toEqual(expect.arrayContaining(['AM', 'AZ']));
  });

  it('records the dispute over who started the war of 27 September 2020', () => {
    const start = record.incidents.find((i) => i.date.start === '2020-09-27' && i.responsibility.accounts.length > 0);
    expect(start?.responsibility.status).toBe('disputed');
  });

  it('records the February 2024 exchange near Nerkin Hand with its figures and both accounts', () => {
    const shooting = record.incidents.find((i) => i.date.start === '2024-02-13' && i.places.some((p) => p.place_id === placeId('Nerkin Hand')));
    expect(shooting).toBeDefined();
    expect(shooting!.casualties).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'killed', side: 'AM', low: 4 })]));
    expect([...claimantSides(shooting!)]).toEqual(expect.arrayContaining(['AM', 'AZ']));
    expect(record.incidents.some((i) => i.date.start === '2024-02-12')).toBe(true);
  });

  it('holds the ceasefires and the peace process', () => {
    const ceasefires = record.agreements.filter((a) => a.kind === 'ceasefire').map((a) => a.date.start.slice(0, 7));
    expect(ceasefires).toEqual(expect.arrayContaining(['1994-05', '2020-10', '2020-11', '2022-09']));
    expect(record.agreements.some((a) => /madrid|basic principles/i.test(a.name) && a.date.start.startsWith('2007'))).toBe(true);
    expect(record.agreements.some((a) => a.date.start.startsWith('2022-05') && a.provisions.length >= 5)).toBe(true);
    const demands = record.preconditions.map((p) => `${p.title} ${p.demand}`.toLowerCase()).join('\n');
    for (const topic of [/constitution/, /icj|international court of justice/, /eu mission|monitoring mission|euma/, /corridor/]) expect(demands).toMatch(topic);
    expect(record.meetings.length).toBeGreaterThanOrEqual(5);
    for (const m of record.meetings) expect(m.date.start, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('cites its documents with a publisher and a date, and invents none', () => {
    expect(record.documents.map((d) => d.id)).toEqual(
      expect.arrayContaining(['journal-2020-road-to-war', 'isp-2020-07-clashes', 'tatikyan-2024-11-obstruction', 'gv-2024-02-flare-up']),
    );
    const cited = new Set(record.incidents.flatMap((i) => i.claims.map((c) => c.document_id)));
    for (const d of record.documents) expect(cited.has(d.id), `${d.id} is cited`).toBe(true);
  });
});
