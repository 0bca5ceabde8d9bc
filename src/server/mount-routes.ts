import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AuditInput } from '../audit/chain.js';
import type { Store } from '../storage/store.js';
import type { ApiContext, ApiRoute, Caller } from './api-route.js';
import { checkAccess, checkCsrf, resolveCaller } from './auth.js';
import { badRequest, HttpError, invalidBody, tooLarge, tooMany } from './errors.js';
import type { RateLimiter } from './rate-limiter.js';
import type { ResponseCache } from './response-cache.js';

export type MountDeps = {
  store: Store;
  /** Keeps public reads' answers until the next write; none in tests that count queries. */
  cache?: ResponseCache;
  readsArePublic: () => boolean;
  writes: RateLimiter;
  maxBodyBytes: number;
};

/** Query values as zod sees them: a string, or an array when the parameter repeats. */
function queryObject(c: Context): Record<string, string | string[]> {
  const all = c.req.queries();
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
}

/** The first problem zod found, in words, with the field it is about. */
function firstIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  const field = issue.path.join('.') || undefined;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return { message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${keys}`, field: [...issue.path, issue.keys[0]].join('.') };
  }
  return { message: field ? `${field}: ${issue.message}` : issue.message, field };
}

async function readBody(c: Context, schema: ApiRoute['body']): Promise<unknown> {
  if (!schema) return undefined;
  if (schema === 'upload') {
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('multipart/form-data')) throw new HttpError(415, 'unsupported_media_type', 'send the document as multipart/form-data with a "file" field');
    return c.req.parseBody();
  }
  if (!/^application\/([\w.+-]+\+)?json\b/.test(c.req.header('content-type') ?? '')) {
    throw new HttpError(415, 'unsupported_media_type', 'send a JSON body with Content-Type: application/json');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw badRequest('the body is not valid JSON', 'body');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { message, field } = firstIssue(parsed.error);
    throw invalidBody(message, field);
  }
  return parsed.data;
}

/**
 * Puts each route on the API app: who may call it, its parameters and body checked against
 * its schemas, writes in one transaction with their audit entry, rate-limited per user.
 */
export function mountRoutes(api: Hono, routes: ApiRoute[], deps: MountDeps): void {
  for (const r of routes) {
    const path = r.path.replace(/\{(\w+)\}/g, ':$1');
    const maxBytes = r.maxBytes ?? deps.maxBodyBytes;
    const limit = bodyLimit({ maxSize: maxBytes, onError: () => { throw tooLarge(maxBytes); } });
    api.on(r.method.toUpperCase(), path, limit, async (c) => {
      const caller = await resolveCaller(c, deps.store);
      checkAccess(r.access, caller, deps.readsArePublic());
      checkCsrf(r.method, caller, c);
      let query: unknown = {};
      const rawQuery = queryObject(c);
      if (r.query) {
        const parsed = r.query.safeParse(rawQuery);
        if (!parsed.success) {
          const { message, field } = firstIssue(parsed.error);
          throw badRequest(message, field);
        }
        query = parsed.data;
      } else if (Object.keys(rawQuery).length) {
        throw badRequest(`unknown query parameter: ${Object.keys(rawQuery)[0]}`, Object.keys(rawQuery)[0]);
      }
      if (r.write && caller) {
        const hit = deps.writes.hit(caller.user.id);
        if (!hit.ok) throw tooMany(`too many writes: ${deps.writes.limit} a minute is the most one account may make`, hit.retryAfterSeconds);
      }
      const body = await readBody(c, r.body);
      const base = { c, params: c.req.param() as Record<string, string>, query, body, caller };
      // Public reads answer the same to everyone until the next write: served from the cache, or 304 to a browser that has them.
      const cacheable = deps.cache && r.method === 'get' && r.access === 'read';
      const version = cacheable ? await deps.store.dataVersion() : '';
      const cached = cacheable ? deps.cache!.get(c.req.url, version) : undefined;
      if (cached) return answer(c, cached);
      const result = r.write ? await runWrite(r, base, deps.store, caller) : await r.handler({ ...base, store: deps.store, audit: refuseAudit, prepared: undefined });
      if (result instanceof Response) return result;
      if (r.status === 204) return c.body(null, 204);
      if (cacheable && (r.status ?? 200) === 200) return answer(c, deps.cache!.set(c.req.url, version, JSON.stringify(result)));
      return c.json(result as object, r.status ?? 200);
    });
  }
}

function answer(c: Context, entry: { body: Uint8Array; etag: string }) {
  const headers = { 'content-type': 'application/json', etag: entry.etag, 'cache-control': 'no-cache' };
  if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers);
  return c.body(entry.body as Uint8Array<ArrayBuffer>, 200, headers);
}

const refuseAudit = async () => {
  throw new Error('a read route tried to write an audit entry; mark the route as a write');
};

async function runWrite(r: ApiRoute, base: Omit<ApiContext<unknown, unknown>, 'store' | 'audit'>, store: Store, caller: Caller | undefined): Promise<unknown> {
  const actor = caller ? caller.user.name : 'anonymous';
  const outside = { ...base, store, audit: refuseAudit };
  const prepared = r.prepare ? await r.prepare(outside) : undefined;
  return store.transaction(async (tx) => {
    let audited = 0;
    const audit = async (entry: Omit<AuditInput, 'actor'>) => {
      await tx.appendAudit({ ...entry, actor });
      audited += 1;
    };
    const result = await r.handler({ ...base, store: tx, audit, prepared });
    // A write that leaves no trace would break the audit log's promise: fail it, and roll it back.
    if (!audited) throw new Error(`${r.method.toUpperCase()} ${r.path} wrote without an audit entry`);
    return result;
  });
}
