import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../src/domain/index.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { createApp } from '../src/server/app.js';
import type { IngestedDocument } from '../src/storage/ingest-store.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD } from './helpers.js';

// The mini record, plus two received documents: one read, with claims pointing into its text,
// and one that could not be read, whose original is a web page with a script in it.
const TEXT = 'Border report from Çaykənd.\n\nTwo soldiers were wounded near Riverford on Monday, the Courier learned. The ministry called it "a deliberate provocation".\n';
const QUOTE = 'a deliberate provocation';
const EVENT = 'Two soldiers were wounded near Riverford on Monday';
const span = (text: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length });

function received(id: string, overrides: { text: string; bytes: string; format: string; status: 'extracted' | 'failed'; incidents: Incident[] }): IngestedDocument {
  return {
    document: {
      id,
      title: `Courier ${id}`,
      publisher_id: 'the-courier',
      published: { start: '2021-05-06', end: '2021-05-06', precision: 'day' },
      language: 'en',
      format: overrides.format,
      sha256: id.padEnd(64, '0').slice(0, 64),
      ingest: { status: overrides.status, ingested_at: '2021-05-06T10:00:00Z', origin: `${id}.txt`, size: overrides.bytes.length, incident_ids: overrides.incidents.map((i) => i.id), ...(overrides.status === 'failed' ? { error: 'no text' } : {}) },
    },
    bytes: new TextEncoder().encode(overrides.bytes),
    text: overrides.text,
    source: { id: 'the-courier', name: 'The Courier', kind: 'media', country: 'unknown', side: 'unknown', url: undefined },
    actors: [{ id: 'the-courier', name: 'The Courier', kind: 'media', side: 'unknown', country: 'unknown', aliases: [], demonyms: [], roles: [] }],
    incidents: overrides.incidents,
  };
}

const REPORT: Incident = {
  id: 'doc-courier-1-1',
  title: 'Soldiers wounded near Riverford',
  summary: EVENT,
  type: { event_type: 'Battles', sub_event_type: 'Armed clash', extension: false },
  date: { start: '2021-05-03', end: '2021-05-03', precision: 'day' },
  places: [{ place_id: 'riverford', precision: 'exact' }],
  actor_ids: [],
  tags: [],
  status: 'unreviewed',
  origin: 'extracted',
  claims: [
    { id: 'doc-courier-1-1/c1', kind: 'event', stance: 'reports', claimant_id: 'the-courier', document_id: 'doc-courier-1', statement: EVENT, hedges: [], blames: [], casualties: [], span: span(EVENT), status: 'unreviewed' },
    { id: 'doc-courier-1-1/c2', kind: 'statement', stance: 'accuses', claimant_id: 'southland-mod', document_id: 'doc-courier-1', statement: 'The ministry called it a provocation.', quote: QUOTE, hedges: [], blames: [], casualties: [], span: span(QUOTE), status: 'unreviewed' },
  ],
  casualties: [],
  responsibility: { status: 'unknown', accounts: [] },
  sides: [],
};

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await SqliteStore.open(':memory:');
  await store.replaceRecord(loadRecordDir(MINI_RECORD));
  await store.saveIngested(received('doc-courier-1', { text: TEXT, bytes: TEXT, format: 'text', status: 'extracted', incidents: [REPORT] }));
  await store.saveIngested(received('doc-courier-2', { text: '', bytes: '<html><script>alert(1)</script></html>', format: 'html', status: 'failed', incidents: [] }));
  app = createApp(store);
});
afterAll(() => store.close());

/** Every error body has exactly this shape. */
const errorShape = (status: number, code: string, field?: string) => ({ error: { status, code, message: expect.any(String), ...(field ? { field } : {}) } });

async function get(path: string) {
  const res = await app.request(path);
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : undefined;
  return { status: res.status, body: json, text, headers: res.headers };
}

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

/** Every item a listing gives, page after page. */
async function allPages(path: string): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  do {
    const { status, body } = await get(`${path}${path.includes('?') ? '&' : '?'}limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    expect(status, path).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(2);
    out.push(...ids(body));
    cursor = body.next_cursor;
  } while (cursor);
  return out;
}

describe('GET /incidents', () => {
  it('pages through every incident in date order, and newest first with sort=-date', async () => {
    const ascending = await allPages('/api/v1/incidents');
    const descending = await allPages('/api/v1/incidents?sort=-date');
    expect(ascending).toHaveLength(6);
    expect(new Set(ascending).size).toBe(6);
    expect(descending).toEqual([...ascending].reverse());
    expect(ascending.at(-1)).toBe('lakeside-framework');
    expect(descending[0]).toBe('lakeside-framework');
    expect(ids((await get('/api/v1/incidents?sort=date')).body)).toEqual(ascending.slice(0, 50));
  });

  it('refuses a cursor from a listing in the other order', async () => {
    const first = await get('/api/v1/incidents?limit=2');
    expect(await get(`/api/v1/incidents?sort=-date&cursor=${first.body.next_cursor}`)).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'cursor') });
  });

  it('finds incidents with a place inside a bounding box', async () => {
    expect(ids((await get('/api/v1/incidents?bbox=10.25,48.65,10.35,48.75')).body).sort()).toEqual(['2021-03-05-riverford-clash', 'doc-courier-1-1']);
    expect(ids((await get('/api/v1/incidents?bbox=10,50,10.2,50.3&sort=-date')).body)).toEqual(['lakeside-framework', '2021-06-lakeside-talks', '2021-03-20-lakeside-protest']);
    expect(ids((await get('/api/v1/incidents?bbox=-10,-10,-9,-9')).body)).toEqual([]);
    // With another filter, both must hold.
    expect(ids((await get('/api/v1/incidents?bbox=10.25,48.65,10.35,48.75&status=unreviewed')).body)).toEqual(['doc-courier-1-1']);
  });

  it('refuses a malformed bounding box, naming the parameter', async () => {
    for (const bbox of ['1,2,3', 'a,b,c,d', '1,2,3,4,5', '10,48,9,49', '10,49,11,48', '179,0,181,1', '0,-91,1,0', ',,,']) {
      expect(await get(`/api/v1/incidents?bbox=${bbox}`), bbox).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'bbox') });
    }
  });

  it('caps the page size and refuses one that is not a number', async () => {
    expect((await get('/api/v1/incidents?limit=5000')).body.items).toHaveLength(6);
    for (const limit of ['abc', '0', '-1', '2.5']) {
      expect(await get(`/api/v1/incidents?limit=${limit}`), limit).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'limit') });
    }
    expect(await get('/api/v1/incidents?sort=newest')).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'sort') });
    expect(await get('/api/v1/incidents?colour=red')).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'colour') });
  });

  it('keeps the CLI filters: place, actor, side, type, status, dates, words', async () => {
    expect(ids((await get('/api/v1/incidents?place=Hill Province')).body).sort()).toEqual(['2021-03-05-riverford-clash', 'doc-courier-1-1']);
    expect(ids((await get('/api/v1/incidents?actor=Northern forces')).body)).toEqual(['2021-03-05-riverford-clash']);
    expect(ids((await get('/api/v1/incidents?from=2021-05&to=2021-05&type=Battles')).body)).toEqual(['doc-courier-1-1']);
    expect(ids((await get('/api/v1/incidents?q=wounded Riverford')).body)).toContain('doc-courier-1-1');
    // A name that names nothing matches nothing, rather than failing the request.
    expect(await get('/api/v1/incidents?place=Atlantis')).toMatchObject({ status: 200, body: { items: [], next_cursor: null } });
  });

  it('serves an incident with the documents its claims cite', async () => {
    const { body } = await get('/api/v1/incidents/2021-03-05-riverford-clash');
    expect(body.claims).toHaveLength(4);
    expect(body.casualties[0]).toMatchObject({ outcome: 'killed', low: 4, high: 6 });
    expect(body.documents).toEqual([
      { id: 'gazette-2021-03-05', title: 'Shelling reported at Riverford', publisher: 'North Gazette', published: '2021-03-05', url: 'https://example.org/gazette/riverford' },
      { id: 'herald-2021-03-05', title: 'Northland attack repelled near Riverford', publisher: 'South Herald', published: '2021-03-05' },
      { id: 'wire-2021-03-06', title: 'Border clash leaves soldiers dead', publisher: 'Wire Service', published: '2021-03-06' },
    ]);
  });
});

describe('GET /claims', () => {
  it('serves a claim by its id, the slash sent encoded', async () => {
    const { status, body } = await get('/api/v1/claims/2021-03-05-riverford-clash%2Fc2');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: '2021-03-05-riverford-clash/c2', incident_id: '2021-03-05-riverford-clash', quote: 'a planned provocation', claimant: { name: 'Southland Defence Ministry' } });
    expect(await get('/api/v1/claims/2021-03-05-riverford-clash%2Fc99')).toMatchObject({ status: 404, body: errorShape(404, 'not_found') });
    // Unencoded, the slash is a path separator and no route answers.
    expect((await get('/api/v1/claims/2021-03-05-riverford-clash/c2')).status).toBe(404);
  });

  it('pages through every claim, and filters them', async () => {
    const all = await allPages('/api/v1/claims');
    expect(all).toHaveLength(10);
    expect(new Set(all).size).toBe(10);
    expect(ids((await get('/api/v1/claims?incident=2021-03-05-riverford-clash')).body)).toHaveLength(4);
    // A state's claims include its ministry's, found by any name.
    expect(ids((await get('/api/v1/claims?claimant=Northland&incident=2021-03-05-riverford-clash')).body)).toEqual(['2021-03-05-riverford-clash/c1', '2021-03-05-riverford-clash/c3']);
    expect(ids((await get('/api/v1/claims?stance=accuses')).body)).toEqual(['2021-03-05-riverford-clash/c1', '2021-03-05-riverford-clash/c2', 'doc-courier-1-1/c2']);
    expect(ids((await get('/api/v1/claims?document=doc-courier-1&kind=event')).body)).toEqual(['doc-courier-1-1/c1']);
    expect(ids((await get('/api/v1/claims?status=unreviewed')).body)).toEqual(['doc-courier-1-1/c1', 'doc-courier-1-1/c2']);
    expect(await get('/api/v1/claims?claimant=Nobody at all')).toMatchObject({ status: 200, body: { items: [] } });
  });

  it('refuses values it does not know, naming the parameter', async () => {
    for (const [query, field] of [['stance=shouts', 'stance'], ['status=maybe', 'status'], ['kind=rumour', 'kind'], ['limit=abc', 'limit'], ['cursor=xyz', 'cursor'], ['claimaint=x', 'claimaint']]) {
      expect(await get(`/api/v1/claims?${query}`), query).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', field) });
    }
  });
});

describe('GET /documents', () => {
  it('lists documents oldest first, page by page, without their text', async () => {
    const all = await allPages('/api/v1/documents');
    expect(all).toEqual(['gazette-2021-03-05', 'herald-2021-03-05', 'wire-2021-03-06', 'doc-courier-1', 'doc-courier-2', 'wire-2021-06']);
    const { body } = await get('/api/v1/documents?status=extracted');
    expect(body.items).toEqual([expect.objectContaining({ id: 'doc-courier-1', publisher: 'The Courier' })]);
    expect(body.items[0]).not.toHaveProperty('text');
  });

  it('filters by publisher (id or name), publication date and status', async () => {
    expect(ids((await get('/api/v1/documents?publisher=Wire Service')).body)).toEqual(['wire-2021-03-06', 'wire-2021-06']);
    expect(ids((await get('/api/v1/documents?publisher=south-herald,the-courier')).body)).toEqual(['herald-2021-03-05', 'doc-courier-1', 'doc-courier-2']);
    expect(ids((await get('/api/v1/documents?from=2021-03-06&to=2021-05')).body)).toEqual(['wire-2021-03-06', 'doc-courier-1', 'doc-courier-2']);
    expect(ids((await get('/api/v1/documents?status=failed')).body)).toEqual(['doc-courier-2']);
    expect(ids((await get('/api/v1/documents?status=cited')).body)).toHaveLength(4);
    expect(await get('/api/v1/documents?publisher=Nobody')).toMatchObject({ status: 200, body: { items: [] } });
    for (const [query, field] of [['status=lost', 'status'], ['from=someday', 'from'], ['from=2022&to=2021', 'from'], ['limit=abc', 'limit']]) {
      expect(await get(`/api/v1/documents?${query}`), query).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', field) });
    }
  });

  it('serves a received document with its text, a cited one without', async () => {
    expect((await get('/api/v1/documents/doc-courier-1')).body).toMatchObject({ id: 'doc-courier-1', publisher: 'The Courier', text: TEXT, ingest: { status: 'extracted' } });
    expect((await get('/api/v1/documents/wire-2021-06')).body).not.toHaveProperty('text');
    expect(await get('/api/v1/documents/nope')).toMatchObject({ status: 404, body: errorShape(404, 'not_found') });
  });

  it("gives each claim's span with the passage of the text it covers", async () => {
    const { status, body } = await get('/api/v1/documents/doc-courier-1/spans');
    expect(status).toBe(200);
    expect(body.items).toEqual([
      { claim_id: 'doc-courier-1-1/c1', incident_id: 'doc-courier-1-1', ...span(EVENT), text: EVENT },
      { claim_id: 'doc-courier-1-1/c2', incident_id: 'doc-courier-1-1', ...span(QUOTE), text: QUOTE },
    ]);
    const claim = (await get('/api/v1/claims/doc-courier-1-1%2Fc2')).body;
    expect(body.items[1].text).toBe(claim.quote);
    // Cited documents have claims but no spans.
    expect((await get('/api/v1/documents/gazette-2021-03-05/spans')).body).toEqual({ items: [] });
    expect(await get('/api/v1/documents/nope/spans')).toMatchObject({ status: 404, body: errorShape(404, 'not_found') });
  });

  it('serves originals as downloads, never as a page of this site', async () => {
    const text = await app.request('/api/v1/documents/doc-courier-1/original');
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toBe('text/plain');
    expect(text.headers.get('content-disposition')).toBe('attachment; filename="doc-courier-1.txt"');
    expect(await text.text()).toBe(TEXT);
    const page = await app.request('/api/v1/documents/doc-courier-2/original');
    expect(page.headers.get('content-type')).toBe('application/octet-stream');
    expect(page.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<script>');
    expect(await get('/api/v1/documents/gazette-2021-03-05/original')).toMatchObject({ status: 404, body: errorShape(404, 'not_found') });
  });
});

describe('GET /exports/{format}', () => {
  it('writes what the CLI writes, as a download of the right type', async () => {
    const json = await get('/api/v1/exports/json');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="truce-record.json"');
    expect(json.body.incidents).toHaveLength(6);
    expect(json.body.agreements).toHaveLength(1);

    const lines = await get('/api/v1/exports/jsonl?place=Riverford');
    expect(lines.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const records = lines.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((r) => r.record_type === 'incident').map((r) => r.id).sort()).toEqual(['2021-03-05-riverford-clash', 'doc-courier-1-1']);

    const csv = await get('/api/v1/exports/csv?from=2021-05');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="truce-incidents.csv"');
    expect(csv.text.split('\n')[0]).toMatch(/^id,title,event_type/);
    expect(csv.text.trim().split('\n').slice(1).map((row) => row.split(',')[0])).toEqual(['doc-courier-1-1', '2021-06-lakeside-talks', 'lakeside-framework']);
  });

  it('names the formats when asked for one it does not write, and checks filters', async () => {
    const { status, body } = await get('/api/v1/exports/xml');
    expect(status).toBe(404);
    expect(body).toEqual(errorShape(404, 'not_found'));
    expect(body.error.message).toContain('json, jsonl, csv, geojson, acled, ucdp');
    expect(await get('/api/v1/exports/csv?bbox=1,2')).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'bbox') });
    expect(await get('/api/v1/exports/csv?limit=5')).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'limit') });
  });

  it('takes the format as a query too, as the CLI names it: /export?format=', async () => {
    const byPath = await get('/api/v1/exports/acled?from=2021-05');
    for (const path of ['/api/v1/export?format=acled&from=2021-05', '/api/v1/exports?format=acled&from=2021-05']) {
      const byQuery = await get(path);
      expect(byQuery.status).toBe(200);
      expect(byQuery.headers.get('content-disposition')).toBe('attachment; filename="truce-acled.csv"');
      expect(byQuery.text).toBe(byPath.text);
    }
    expect(byPath.text.split('\n')[0]).toMatch(/^event_id_cnty,event_date,year,/);
    expect(await get('/api/v1/export?format=xml')).toMatchObject({ status: 404, body: errorShape(404, 'not_found') });
    const whole = await get('/api/v1/export');
    expect(whole.headers.get('content-disposition')).toBe('attachment; filename="truce-record.json"');
    expect(whole.body.incidents).toHaveLength(6);
  });
});

describe('GET /places', () => {
  it('finds places inside a bounding box, alone or with a name', async () => {
    expect(ids((await get('/api/v1/places?bbox=10.05,48.5,10.35,48.8')).body)).toEqual(['hill-province', 'riverford']);
    expect(ids((await get('/api/v1/places?bbox=10.05,48.5,10.35,48.8&q=River')).body)).toEqual(['riverford']);
    expect(await get('/api/v1/places?bbox=10,50')).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'bbox') });
  });
});

describe('the peace process', () => {
  it('narrows agreements, meetings and preconditions by date', async () => {
    expect(ids((await get('/api/v1/agreements?from=2021-06')).body)).toEqual(['lakeside-framework']);
    expect(ids((await get('/api/v1/agreements?from=2021-07')).body)).toEqual([]);
    expect(ids((await get('/api/v1/meetings?to=2021-05')).body)).toEqual([]);
    expect(ids((await get('/api/v1/preconditions?from=2021-03&to=2021-03')).body)).toEqual(['southland-demands-withdrawal']);
    expect(await get('/api/v1/meetings?from=2022&to=2021')).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'from') });
    expect(await get('/api/v1/meetings?from=soon')).toMatchObject({ status: 400, body: errorShape(400, 'invalid_parameter', 'from') });
  });
});

describe('hostile input', () => {
  const HOSTILE = ["' OR 1=1 --", "x'); DROP TABLE incidents; --", '<script>alert(1)</script>', '%_\\', '"*', 'NEAR(zzqx yyqx)', 'zzqx OR 1'];

  it('comes back inert: no matches, no server error, nothing dropped', async () => {
    for (const value of HOSTILE) {
      const v = encodeURIComponent(value);
      for (const path of [`/api/v1/incidents?q=${v}`, `/api/v1/incidents?place=${v}`, `/api/v1/incidents?actor=${v}`, `/api/v1/claims?claimant=${v}`, `/api/v1/documents?publisher=${v}`, `/api/v1/places?q=${v}`, `/api/v1/actors?q=${v}`]) {
        const { status, body } = await get(path);
        expect(status, path).toBe(200);
        expect(body.items, path).toEqual([]);
      }
      const { status, body } = await get(`/api/v1/incidents/${v}`);
      expect(status).toBe(404);
      expect(body).toEqual(errorShape(404, 'not_found'));
      const search = await get(`/api/v1/search?q=${v}`);
      expect(search.status).toBe(200);
      expect(Object.values(search.body).flat(), value).toEqual([]);
    }
    expect(await allPages('/api/v1/incidents')).toHaveLength(6);
  });
});

describe('the OpenAPI document', () => {
  it('lists every read route, each query parameter described', async () => {
    const { body } = await get('/api/v1/openapi.json');
    for (const path of ['/incidents', '/incidents/{id}', '/claims', '/claims/{id}', '/documents', '/documents/{id}', '/documents/{id}/spans', '/documents/{id}/original', '/exports/{format}', '/places', '/actors', '/agreements']) {
      expect(body.paths[`/api/v1${path}`]?.get, path).toBeDefined();
    }
    for (const [path, operations] of Object.entries(body.paths) as [string, Record<string, { parameters: { name: string; in: string; description?: string }[] }>][]) {
      if (!/\/(incidents|claims|documents|exports|places|actors|agreements|meetings|preconditions)/.test(path)) continue;
      for (const p of operations.get?.parameters ?? []) if (p.in === 'query') expect(p.description, `${path} ${p.name}`).toBeTruthy();
    }
    expect(body.paths['/api/v1/incidents'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['bbox', 'sort', 'limit', 'cursor']));
  });
});

describe('a reconciled incident', () => {
  let grouped: Store;
  let groupedApp: ReturnType<typeof createApp>;
  beforeAll(async () => {
    grouped = await SqliteStore.open(':memory:');
    await grouped.replaceRecord(loadRecordDir(MINI_RECORD));
    await grouped.saveIngested(received('doc-courier-1', { text: TEXT, bytes: TEXT, format: 'text', status: 'extracted', incidents: [REPORT] }));
    const reconciled: Incident = { ...REPORT, id: 'inc-courier', origin: 'reconciled', report_ids: [REPORT.id] };
    await grouped.saveReconciliation({ incidents: [reconciled], parents: [{ report_id: REPORT.id, incident_id: reconciled.id }], remove: [] });
    groupedApp = createApp(grouped);
  });
  afterAll(() => grouped.close());
  const read = async (path: string) => (await groupedApp.request(path)).json();

  it("shows its reports' claims under it, naming the report they came in", async () => {
    const { items } = await read('/api/v1/claims?incident=inc-courier');
    expect(items.map((c: { id: string; incident_id: string; report_id: string }) => [c.id, c.incident_id, c.report_id])).toEqual([
      ['doc-courier-1-1/c1', 'inc-courier', 'doc-courier-1-1'],
      ['doc-courier-1-1/c2', 'inc-courier', 'doc-courier-1-1'],
    ]);
    expect(await read('/api/v1/claims/doc-courier-1-1%2Fc2')).toMatchObject({ incident_id: 'inc-courier', report_id: 'doc-courier-1-1', quote: QUOTE });
    expect((await read('/api/v1/documents/doc-courier-1/spans')).items.map((s: { incident_id: string }) => s.incident_id)).toEqual(['inc-courier', 'inc-courier']);
    expect((await read('/api/v1/incidents/inc-courier')).documents).toEqual([{ id: 'doc-courier-1', title: 'Courier doc-courier-1', publisher: 'The Courier', published: '2021-05-06' }]);
  });
});
