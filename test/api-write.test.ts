import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRecordDir } from '../src/record/load-record.js';
import { apiWithUsers, errorShape } from './api-fixtures.js';

// The writes as an analyst and a reviewer use them, each checked in what the record then
// shows and in the audit log.

const CLAIM = '2021-03-05-riverford-clash/c4';
const NEW_INCIDENT = {
  title: 'Shelling near Lakeside',
  summary: 'Shells fell on the outskirts.',
  type: 'Shelling/artillery/missile attack',
  date: '2021-04-02',
  places: ['Lakeside'],
  actors: ['Northern forces'],
  claims: [
    {
      claimant: 'Wire Service',
      document: 'wire-2021-06',
      kind: 'casualties',
      stance: 'reports',
      statement: 'Two civilians were wounded by shelling near Lakeside.',
      quote: 'two civilians wounded',
      casualties: [{ outcome: 'wounded', group: 'civilian', side: 'XS', count: 2 }],
    },
  ],
};

describe('writes on the mini record', () => {
  let api: Awaited<ReturnType<typeof apiWithUsers>>;
  beforeEach(async () => {
    api = await apiWithUsers();
  });
  const lastAudit = async () => (await api.call('GET', '/api/v1/audit?limit=1', { as: 'reviewer' })).body.items[0];

  it('creates an incident by hand, names resolved and figures derived, and audits it', async () => {
    const res = await api.call('POST', '/api/v1/incidents', { as: 'analyst', body: NEW_INCIDENT });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ id: '2021-04-02-shelling-near-lakeside', status: 'unreviewed', places: [{ place_id: 'lakeside' }], actor_ids: ['northland-army'] });
    const shown = await api.call('GET', '/api/v1/incidents/2021-04-02-shelling-near-lakeside');
    expect(shown.body.casualties).toEqual([expect.objectContaining({ outcome: 'wounded', side: 'XS', low: 2, high: 2 })]);
    expect(shown.body.claims[0]).toMatchObject({ claimant: { name: 'Wire Service' }, quote: 'two civilians wounded' });
    expect((await api.call('GET', '/api/v1/incidents?q=outskirts')).body.items.map((i: { id: string }) => i.id)).toEqual(['2021-04-02-shelling-near-lakeside']);
    expect(await lastAudit()).toMatchObject({ actor: 'analyst', action: 'incident.create', target_id: '2021-04-02-shelling-near-lakeside', before: null });
    // The same again is a conflict; a name nobody has is refused with its field; nothing is written.
    expect((await api.call('POST', '/api/v1/incidents', { as: 'analyst', body: NEW_INCIDENT })).body).toMatchObject(errorShape(409, 'conflict'));
    const unknownPlace = await api.call('POST', '/api/v1/incidents', { as: 'analyst', body: { ...NEW_INCIDENT, id: 'other', places: ['Atlantis'] } });
    expect(unknownPlace.body).toMatchObject({ error: { status: 422, field: 'places.0' } });
    const noDocument = await api.call('POST', '/api/v1/incidents', { as: 'analyst', body: { ...NEW_INCIDENT, id: 'other', claims: [{ ...NEW_INCIDENT.claims[0], document: 'nope' }] } });
    expect(noDocument.body).toMatchObject({ error: { status: 422, field: 'claims.0.document' } });
    const noClaims = await api.call('POST', '/api/v1/incidents', { as: 'analyst', body: { ...NEW_INCIDENT, id: 'other', claims: [] } });
    expect(noClaims.body).toMatchObject({ error: { status: 422, field: 'claims' } });
    expect((await api.call('GET', '/api/v1/incidents/other')).status).toBe(404);
    expect((await api.call('GET', '/api/v1/audit', { as: 'reviewer' })).body.items).toHaveLength(1);
  });

  it('drops a rejected claim from the figures, and brings it back when reopened', async () => {
    const before = await api.call('GET', '/api/v1/incidents/2021-03-05-riverford-clash');
    expect(before.body.casualties[0]).toMatchObject({ low: 4, high: 6 });
    const rejected = await api.call('POST', `/api/v1/claims/${encodeURIComponent(CLAIM)}/review`, { as: 'reviewer', body: { status: 'rejected' } });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body).toMatchObject({ claim: { id: CLAIM, status: 'rejected' }, incident_id: '2021-03-05-riverford-clash' });
    const after = await api.call('GET', '/api/v1/incidents/2021-03-05-riverford-clash');
    expect(after.body.casualties).toEqual([expect.objectContaining({ outcome: 'killed', low: 4, high: 4 })]);
    expect(await lastAudit()).toMatchObject({ actor: 'reviewer', action: 'claim.reject', target_kind: 'claim', target_id: CLAIM, before: { status: 'accepted' }, after: { status: 'rejected' } });
    await api.call('POST', `/api/v1/claims/${encodeURIComponent(CLAIM)}/review`, { as: 'reviewer', body: { status: 'unreviewed' } });
    expect((await api.call('GET', '/api/v1/incidents/2021-03-05-riverford-clash')).body.casualties[0]).toMatchObject({ low: 4, high: 6 });
    expect((await api.call('POST', '/api/v1/claims/nope%2Fc1/review', { as: 'reviewer', body: { status: 'accepted' } })).body).toMatchObject(errorShape(404, 'not_found'));
  });

  it('reviews and edits a curated incident, with notes and an applied proposal', async () => {
    expect((await api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/review', { as: 'reviewer', body: { status: 'disputed' } })).body.status).toBe('disputed');
    const edited = await api.call('PATCH', '/api/v1/incidents/2021-03-05-riverford-clash', { as: 'reviewer', body: { title: 'Artillery clash at Riverford', date: '2021-03-05..2021-03-06' } });
    expect(edited.body).toMatchObject({ title: 'Artillery clash at Riverford', date: { start: '2021-03-05', end: '2021-03-06', precision: 'days' }, status: 'disputed' });
    expect(await lastAudit()).toMatchObject({ action: 'incident.edit', before: { title: 'Clash at Riverford' }, after: { title: 'Artillery clash at Riverford' } });
    expect((await api.call('PATCH', '/api/v1/incidents/2021-03-05-riverford-clash', { as: 'reviewer', body: {} })).status).toBe(422);
    expect((await api.call('PATCH', '/api/v1/incidents/2021-03-05-riverford-clash', { as: 'reviewer', body: { type: 'Knitting' } })).body).toMatchObject({ error: { status: 422, field: 'type' } });

    const note = await api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', body: { text: 'The Herald later corrected its figure.' } });
    expect(note.status).toBe(201);
    const proposal = await api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/proposals', { as: 'analyst', body: { summary: 'Shelling, then an attempted advance.', reason: 'Both ministries describe shelling first.' } });
    expect(proposal.body).toMatchObject({ kind: 'proposal', author: 'analyst', fields: { summary: 'Shelling, then an attempted advance.' } });
    expect((await api.call('GET', '/api/v1/incidents/2021-03-05-riverford-clash/notes')).body.items.map((n: { kind: string }) => n.kind)).toEqual(['note', 'proposal']);
    const applied = await api.call('POST', `/api/v1/proposals/${proposal.body.id}/apply`, { as: 'reviewer' });
    expect(applied.body.summary).toBe('Shelling, then an attempted advance.');
    expect(await lastAudit()).toMatchObject({ actor: 'reviewer', action: 'incident.edit', after: { proposed_by: 'analyst' } });
  });

  it('ingests text, refuses the unreadable and the private address, and tells a second copy apart', async () => {
    const text = 'Two soldiers were wounded near Riverford on 2 April 2021 when artillery shells hit their post, the Wire Service said.';
    const first = await api.call('POST', '/api/v1/documents', { as: 'analyst', body: { text, published: '2021-04-03', publisher: 'Wire Service' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ status: 'new', document: { title: expect.any(String) } });
    expect(first.body.incidents).toBeGreaterThan(0);
    const again = await api.call('POST', '/api/v1/documents', { as: 'analyst', body: { text, published: '2021-04-03', publisher: 'Wire Service' } });
    expect(again).toMatchObject({ status: 200, body: { status: 'duplicate', document_id: first.body.document_id } });
    const audit = (await api.call('GET', '/api/v1/audit', { as: 'reviewer' })).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['document.ingest_duplicate', 'document.ingest']);

    const binary = await api.call('POST', '/api/v1/documents/upload', { as: 'analyst', raw: form('scan.bin', new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 0, 0, 255, 254]), 'application/octet-stream') });
    expect(binary.body).toMatchObject({ error: { status: 422, field: 'file' } });
    const loopback = await api.call('POST', '/api/v1/documents', { as: 'analyst', body: { url: 'http://127.0.0.1:9/report.html' } });
    expect(loopback.body).toMatchObject({ error: { status: 422, field: 'url' } });
    expect(loopback.body.error.message).toMatch(/private|loopback/);
    expect((await api.call('POST', '/api/v1/documents', { as: 'analyst', body: { url: 'file:///etc/passwd' } })).body).toMatchObject({ error: { status: 422, field: 'url' } });
    // Refusals leave no trace but their answer.
    expect((await api.call('GET', '/api/v1/audit', { as: 'reviewer' })).body.items).toHaveLength(2);
  });

  it('ingests an uploaded file', async () => {
    const body = 'Protesters gathered in Lakeside on 9 May 2021 to demand the release of prisoners, the Wire Service reported.';
    const res = await api.call('POST', '/api/v1/documents/upload', { as: 'analyst', raw: form('lakeside.txt', new TextEncoder().encode(body), 'text/plain', { published: '2021-05-10' }) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.document).toMatchObject({ published: { start: '2021-05-10' } });
    expect((await api.call('POST', '/api/v1/documents/upload', { as: 'analyst', raw: form('x.txt', new TextEncoder().encode(body), 'text/plain', { published: 'May' }) })).body).toMatchObject({ error: { status: 422, field: 'published' } });
  });
});

function form(name: string, bytes: Uint8Array<ArrayBuffer>, type: string, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.set('file', new File([bytes], name, { type }));
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe('merge and split of incidents grouped from documents', () => {
  const WIRE =
    'Two Azerbaijani soldiers were killed near Tovuz on 3 March 2024 when Armenian forces opened fire with artillery, ' +
    "Azerbaijan's defence ministry said on Monday. The ministry said its units returned fire.";
  const ARMENIAN =
    'Azerbaijani troops shelled Armenian positions near Tovuz on 3 March 2024, wounding one Armenian serviceman, the Armenian ' +
    'Ministry of Defence said. The ministry denied that its forces had opened fire first.';
  let api: Awaited<ReturnType<typeof apiWithUsers>>;
  beforeAll(async () => {
    api = await apiWithUsers({}, { record: loadRecordDir() });
  });

  it('splits a report off and merges it back, each decision audited', async () => {
    for (const [text, publisher] of [[WIRE, 'Caspian Wire'], [ARMENIAN, 'Armenpress']]) {
      const res = await api.call('POST', '/api/v1/documents', { as: 'analyst', body: { text, published: '2024-03-04', publisher } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const grouped = async () =>
      (await api.call('GET', '/api/v1/incidents?from=2024-03-03&to=2024-03-03&limit=100')).body.items.filter((i: { origin: string }) => i.origin === 'reconciled');
    const [clash] = await grouped();
    expect(clash.reports).toHaveLength(2);
    // Statistics count what the listing shows: the grouped incident, not its two reports.
    const listedThatDay = (await api.call('GET', '/api/v1/incidents?from=2024-03-03&to=2024-03-03&limit=100')).body.items.filter((i: { date: { start: string } }) => i.date.start === '2024-03-03');
    const stats = (await api.call('GET', '/api/v1/stats?interval=day&from=2024-03-03&to=2024-03-03&by=none')).body.buckets.find((b: { period: string }) => b.period === '2024-03-03');
    expect(stats.incidents).toBe(listedThatDay.length);
    expect(stats.killed.best).toBeGreaterThanOrEqual(2);
    const split = await api.call('POST', `/api/v1/incidents/${clash.id}/split`, { as: 'reviewer', body: { reports: [clash.reports[1]] } });
    expect(split.status, JSON.stringify(split.body)).toBe(201);
    expect((await grouped()).map((i: { reports: string[] }) => i.reports.length).sort()).toEqual([1, 1]);
    const merged = await api.call('POST', `/api/v1/incidents/${clash.id}/merge`, { as: 'reviewer', body: { others: [split.body.new_id] } });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect((await grouped()).map((i: { reports: string[] }) => i.reports.length)).toEqual([2]);
    const actions = (await api.call('GET', '/api/v1/audit', { as: 'reviewer' })).body.items.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 2)).toEqual(['incident.merge', 'incident.split']);
    expect((await api.call('POST', `/api/v1/incidents/${clash.id}/merge`, { as: 'reviewer', body: { others: [clash.id] } })).body).toMatchObject(errorShape(409, 'conflict'));
    expect((await api.call('GET', '/api/v1/audit/verify', { as: 'admin' })).body).toMatchObject({ ok: true, problems: [] });
  });
});
