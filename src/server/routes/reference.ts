import { Hono } from 'hono';
import { normalizeName } from '../../domain/index.js';
import type { Store } from '../../storage/store.js';
import { notFound } from '../errors.js';

/** Places, actors, documents and sources; `?q=` finds places and actors by any name or alias. */
export function referenceRoutes(store: Store) {
  const app = new Hono();
  const byName = async <T extends { id: string }>(list: T[], q: string | undefined, find: (q: string) => Promise<T[]>) =>
    q && normalizeName(q) ? find(q) : list;
  app.get('/places', async (c) => c.json({ items: await byName(await store.listPlaces(), c.req.query('q'), async (q) => (await store.search(q, 50)).places) }));
  app.get('/places/:id', async (c) => c.json((await store.getPlace(c.req.param('id'))) ?? raise(notFound('place', c.req.param('id')))));
  app.get('/actors', async (c) => c.json({ items: await byName(await store.listActors(), c.req.query('q'), async (q) => (await store.search(q, 50)).actors) }));
  app.get('/actors/:id', async (c) => c.json((await store.getActor(c.req.param('id'))) ?? raise(notFound('actor', c.req.param('id')))));
  app.get('/documents', async (c) => c.json({ items: await store.listDocuments() }));
  app.get('/documents/:id', async (c) => c.json((await store.getDocument(c.req.param('id'))) ?? raise(notFound('document', c.req.param('id')))));
  app.get('/sources', async (c) => c.json({ items: await store.listSources() }));
  return app;
}

function raise(error: Error): never {
  throw error;
}
