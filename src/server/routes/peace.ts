import { Hono } from 'hono';
import { Catalog } from '../../export/catalog.js';
import { presentAgreement, presentMeeting, presentPrecondition } from '../../export/present-peace.js';
import type { Store } from '../../storage/store.js';
import { notFound } from '../errors.js';

/** The peace process: agreements with provisions, meetings, preconditions, each with its claims. */
export function peaceRoutes(store: Store) {
  const app = new Hono();
  const resources = [
    ['agreements', 'agreement', () => store.listAgreements(), (id: string) => store.getAgreement(id), presentAgreement],
    ['meetings', 'meeting', () => store.listMeetings(), (id: string) => store.getMeeting(id), presentMeeting],
    ['preconditions', 'precondition', () => store.listPreconditions(), (id: string) => store.getPrecondition(id), presentPrecondition],
  ] as const;
  for (const [path, what, list, get, present] of resources) {
    const show = present as (catalog: Catalog, item: never, timeline: Awaited<ReturnType<Store['getIncident']>>) => unknown;
    app.get(`/${path}`, async (c) => {
      const catalog = await Catalog.load(store);
      const items = await list();
      return c.json({ items: await Promise.all(items.map(async (item) => show(catalog, item as never, await store.getIncident(item.id)))) });
    });
    app.get(`/${path}/:id`, async (c) => {
      const item = await get(c.req.param('id'));
      if (!item) throw notFound(what, c.req.param('id'));
      return c.json(show(await Catalog.load(store), item as never, await store.getIncident(item.id)) as object);
    });
  }
  return app;
}
