// The API's description. Issue 6 generates it from the request schemas; until then it is
// written here by hand and a test checks that every route it lists answers.
const filterParameters = ['from', 'to', 'type', 'place', 'actor', 'side', 'status', 'q', 'limit', 'cursor'].map((name) => ({
  name,
  in: 'query',
  required: false,
  schema: { type: 'string' },
}));

const list = (summary: string, parameters: object[] = []) => ({ get: { summary, parameters, responses: { '200': { description: 'a list: {items: [...]}' } } } });
const one = (summary: string) => ({
  get: {
    summary,
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '200': { description: 'the record' }, '404': { description: 'no record has this id' } },
  },
});

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Truce API', version: '0.1.0', description: 'The conflict record, read-only: incidents with every claim, places, actors and the peace process.' },
  paths: {
    '/api/v1/incidents': list('Incidents in date order, filtered; cursor pagination', filterParameters),
    '/api/v1/incidents/{id}': one('An incident with its claims, casualty ranges and responsibility'),
    '/api/v1/places': list('Places; ?q= finds them by any name or alias', [{ name: 'q', in: 'query', schema: { type: 'string' } }]),
    '/api/v1/places/{id}': one('A place'),
    '/api/v1/actors': list('Actors; ?q= finds them by any name or alias', [{ name: 'q', in: 'query', schema: { type: 'string' } }]),
    '/api/v1/actors/{id}': one('An actor'),
    '/api/v1/documents': list('Documents the record cites'),
    '/api/v1/documents/{id}': one('A document'),
    '/api/v1/sources': list('Publishers'),
    '/api/v1/agreements': list('Agreements, ceasefires and proposals, with provisions'),
    '/api/v1/agreements/{id}': one('An agreement'),
    '/api/v1/meetings': list('Meetings and talks'),
    '/api/v1/meetings/{id}': one('A meeting'),
    '/api/v1/preconditions': list('Preconditions and demands: who demands what of whom'),
    '/api/v1/preconditions/{id}': one('A precondition'),
    '/api/v1/search': list('Places and actors by alias, incidents and documents by their words', [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }]),
  },
};
