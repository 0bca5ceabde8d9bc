import { z } from 'zod';
import type { ApiRoute } from './api-route.js';

const ERROR_WORDS: Record<number, string> = {
  400: 'a query parameter or the JSON is malformed',
  401: 'no sign-in or API token, or a wrong one',
  403: "the caller's role may not do this (or a browser write lacks its CSRF token)",
  404: 'no record has this id',
  409: 'the write conflicts with what is stored',
  413: 'the body is too large',
  415: 'the body is not of the type this route takes',
  422: 'the body has wrong types, missing or unknown fields',
  429: 'too many writes or sign-ins; wait the seconds Retry-After says',
  500: 'the server failed; the error is in its log',
};

// Schemas are documented as requests are read: the input side of any transform.
const jsonSchema = (schema: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

function parameters(r: ApiRoute) {
  const inPath = [...r.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const query: object[] = [];
  if (r.query) {
    const schema = jsonSchema(r.query) as { properties?: Record<string, { description?: string }>; required?: string[] };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      query.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, ...(property.description ? { description: property.description } : {}), schema: property });
    }
  }
  return [...inPath, ...query];
}

function statuses(r: ApiRoute): number[] {
  const codes = new Set<number>([500, ...(r.errors ?? [])]);
  if (r.query || r.body) codes.add(400);
  if (r.access !== 'public') codes.add(401);
  if (r.access !== 'public' && r.access !== 'read') codes.add(403);
  if (r.path.includes('{')) codes.add(404);
  if (r.body) codes.add(413).add(415);
  if (r.body && r.body !== 'upload') codes.add(422);
  if (r.write) codes.add(429);
  return [...codes].sort();
}

function operation(r: ApiRoute) {
  const success = String(r.status ?? 200);
  const responses: Record<string, object> = {
    [success]: { description: r.status === 201 ? 'created' : 'done', ...(r.response ? { content: { 'application/json': { schema: jsonSchema(r.response) } } } : {}) },
  };
  for (const [code, description] of Object.entries(r.alsoAnswers ?? {})) responses[code] = { description };
  for (const code of statuses(r)) responses[String(code)] = { description: ERROR_WORDS[code] ?? 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  const body =
    r.body === 'upload'
      ? { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } } }
      : r.body
        ? { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } }
        : undefined;
  return {
    summary: r.summary,
    ...(r.description ? { description: r.description } : {}),
    tags: [r.tag],
    'x-access': r.access,
    ...(r.access === 'public' ? { security: [] } : {}),
    parameters: parameters(r),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, built from the same route list and schemas that check requests. */
export function openApiDocument(routes: ApiRoute[]) {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) (paths[`/api/v1${r.path}`] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Truce API',
      version: '1.0.0',
      description:
        'The conflict record as a service: incidents with every claim and its source, casualty ranges, documents, places, actors, the peace process, statistics and exports; ingestion and review for signed-in analysts and reviewers. Every write is in the audit log. x-access says who may call an operation: public, read (anyone while reads are public), or the least role needed.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'an API token from "truce token create" or POST /api/v1/tokens' },
        session: { type: 'apiKey', in: 'cookie', name: 'truce_session', description: 'the cookie POST /api/v1/session sets; writes must also send X-CSRF-Token' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['status', 'code', 'message'],
              properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
            },
          },
        },
      },
    },
    paths,
  };
}
