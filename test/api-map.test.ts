import { beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_MAX_ZOOM } from '../src/server/routes/map.js';
import { apiWithUsers } from './api-fixtures.js';

// The mini record's located incidents: the Riverford clash (exact, XN and XS) in Southland at
// 48.7,10.3; in Lakeside (50.2,10.1), 170 km north, the protest (near, no side, dated March 2021 so listed from the 1st), the talks and
// the framework (exact, XN, XS, third). Southland's demand has no place, so it is "unlocated".

type MapAnswer = {
  total: number;
  unlocated: number;
  clusters: { id: number; lat: number; lon: number; count: number; sides: Record<string, number>; expansion_zoom: number }[];
  incidents: { id: string; title: string; date: string; lat: number; lon: number; precision: string; sides: string[] }[];
  left_out: number;
};

describe('GET /api/v1/map', () => {
  let api: Awaited<ReturnType<typeof apiWithUsers>>;
  beforeAll(async () => {
    api = await apiWithUsers();
  });
  const map = async (query: string) => {
    const res = await api.call('GET', `/api/v1/map${query}`);
    return { status: res.status, body: res.body as MapAnswer };
  };

  it('groups everything into one cluster when zoomed out, with counts by side', async () => {
    const { status, body } = await map('?zoom=2');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    expect(body.unlocated).toBe(1);
    expect(body.incidents).toEqual([]);
    expect(body.clusters).toHaveLength(1);
    expect(body.clusters[0]).toMatchObject({ count: 4, sides: { XN: 3, XS: 3, third: 2 } });
    expect(body.clusters[0].expansion_zoom).toBeGreaterThan(2);
  });

  it('splits the cluster as the zoom grows, and lists single incidents with their precision when zoomed in', async () => {
    const { body } = await map('?zoom=8');
    expect(body.clusters).toEqual([expect.objectContaining({ count: 3, lat: expect.closeTo(50.2, 3), lon: expect.closeTo(10.1, 3), sides: { XN: 2, XS: 2, third: 2 } })]);
    expect(body.incidents).toEqual([
      { id: '2021-03-05-riverford-clash', title: 'Clash at Riverford', date: '2021-03-05', lat: 48.7, lon: 10.3, precision: 'exact', sides: ['XN', 'XS'] },
    ]);
    // Incidents at one place never split: past the last clustering zoom each stands alone.
    const close = await map(`?zoom=${CLUSTER_MAX_ZOOM + 1}`);
    expect(close.body.clusters).toEqual([]);
    expect(close.body.incidents.map((i) => [i.id, i.precision])).toEqual([
      ['2021-03-20-lakeside-protest', 'near'],
      ['2021-03-05-riverford-clash', 'exact'],
      ['2021-06-lakeside-talks', 'exact'],
      ['lakeside-framework', 'exact'],
    ]);
  });

  it('answers only for the view (bbox), and counts every match in total', async () => {
    const { body } = await map('?zoom=18&bbox=10.2,48.5,10.4,48.9');
    expect(body.incidents.map((i) => i.id)).toEqual(['2021-03-05-riverford-clash']);
    expect(body.total).toBe(4);
  });

  it('takes the incident list’s filters', async () => {
    expect((await map('?zoom=18&type=Peaceful protest')).body.incidents.map((i) => i.id)).toEqual(['2021-03-20-lakeside-protest']);
    expect((await map('?zoom=18&place=Riverford')).body.incidents.map((i) => i.id)).toEqual(['2021-03-05-riverford-clash']);
    expect((await map('?zoom=18&from=2021-06')).body.total).toBe(2);
    expect((await map('?zoom=18&side=XS&from=2021-04')).body.incidents.map((i) => i.id)).toEqual(['2021-06-lakeside-talks', 'lakeside-framework']);
    expect((await map('?zoom=18&q=protest')).body.incidents.map((i) => i.id)).toEqual(['2021-03-20-lakeside-protest']);
    const none = await map('?place=Atlantis');
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ total: 0, clusters: [], incidents: [] });
  });

  it.each([
    ['zoom=19', 'zoom'],
    ['zoom=7.5', 'zoom'],
    ['zoom=far', 'zoom'],
    ['bbox=1,2,3', 'bbox'],
    ['bbox=50,40,45,42', 'bbox'],
    ['bbox=-200,40,45,42', 'bbox'],
    ['from=yesterday', 'from'],
    ['type=Picnic', 'type'],
    ['status=maybe', 'status'],
    ['colour=red', undefined],
  ])('refuses ?%s with a 400 naming the parameter', async (query, field) => {
    const res = await api.call('GET', `/api/v1/map?${query}`);
    expect(res.status).toBe(400);
    if (field) expect(res.body.error.field).toBe(field);
  });

  it('sees a write at the next request (the index is rebuilt when the data changes)', async () => {
    expect((await map('?zoom=18')).body.total).toBe(4);
    const clash = (await api.store.getIncident('2021-03-05-riverford-clash'))!;
    await api.store.saveIncident({ ...clash, id: '2021-03-06-riverford-shelling', title: 'Shelling at Riverford', claims: [] });
    const { body } = await map('?zoom=18&bbox=10.2,48.5,10.4,48.9');
    expect(body.total).toBe(5);
    expect(body.incidents.map((i) => i.title)).toEqual(['Clash at Riverford', 'Shelling at Riverford']);
  });

  it('is listed in the OpenAPI document with its parameters', async () => {
    const doc = (await api.call('GET', '/api/v1/openapi.json')).body;
    const op = doc.paths['/api/v1/map'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['bbox', 'zoom', 'from', 'to', 'type', 'place', 'actor', 'side', 'status', 'q']));
    expect(op.responses['200']).toBeDefined();
  });
});
