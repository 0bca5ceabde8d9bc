import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiWithUsers } from './api-fixtures.js';

// The OpenAPI document is generated from the routes' own schemas: it must be a valid
// OpenAPI 3.1 document, list every operation the server answers, and describe what each
// body takes as strictly as the server checks it.

type Operation = { 'x-access': string; requestBody?: { content: Record<string, { schema: { additionalProperties?: boolean; anyOf?: object[] } }> }; responses: Record<string, object>; parameters: { name: string; in: string }[] };

describe('the OpenAPI document', () => {
  let api: Awaited<ReturnType<typeof apiWithUsers>>;
  let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    api = await apiWithUsers();
    doc = (await api.call('GET', '/api/v1/openapi.json')).body;
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('lists every operation, and each one is served', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    for (const expected of ['GET /api/v1/incidents', 'POST /api/v1/incidents', 'PATCH /api/v1/incidents/{id}', 'POST /api/v1/documents', 'POST /api/v1/documents/upload', 'GET /api/v1/stats', 'GET /api/v1/audit', 'POST /api/v1/session', 'GET /api/v1/claims/{id}', 'GET /api/v1/documents/{id}/spans']) {
      expect(operations).toContain(expected);
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const res = await api.app.request(path.replace(/\{\w+\}/g, 'no-such-id'), { method: method.toUpperCase(), headers: { authorization: `Bearer ${api.tokens.admin}`, 'content-type': 'application/json' }, body: method === 'get' ? undefined : '{}' });
        const body = res.status === 204 ? null : await res.json();
        // The fallback's "nothing is served" would mean the document lists a route the server lacks.
        expect(JSON.stringify(body), `${method} ${path}`).not.toContain('nothing is served');
        expect(res.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
  });

  it('describes bodies as strictly as they are checked, and the errors each operation can give', () => {
    const writes = Object.values(doc.paths).flatMap((ops) => Object.entries(ops).filter(([method]) => method !== 'get').map(([, op]) => op));
    expect(writes.length).toBeGreaterThan(15);
    for (const op of writes) {
      const json = op.requestBody?.content['application/json']?.schema;
      if (json) for (const variant of json.anyOf ?? [json]) expect((variant as { additionalProperties?: boolean }).additionalProperties).toBe(false);
      if (op['x-access'] !== 'public') expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '500']));
    }
    const review = doc.paths['/api/v1/claims/{id}/review'].post;
    expect(review['x-access']).toBe('reviewer');
    expect(Object.keys(review.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '413', '422', '429']));
    const list = doc.paths['/api/v1/incidents'].get;
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'type', 'place', 'actor', 'side', 'status', 'q', 'bbox', 'sort', 'limit', 'cursor']));
  });
});
