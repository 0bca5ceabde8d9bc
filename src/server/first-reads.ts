/** What every page's frame reads first: the place names and who is signed in. */
const FRAME = ['/api/v1/places', '/api/v1/session'];

/**
 * The API reads each page makes on its first screen when its address has no filters, exactly
 * as the app writes them (src/web/hooks/): named in the page's head as preloads, the browser
 * fetches them while it is still loading the app's code, instead of after running it. The map's
 * own read depends on the window's size, so it is not here. test/web/preloads.e2e.test.ts
 * checks that each one is used and none is fetched twice, so this list cannot quietly drift.
 */
const READS: Record<string, string[]> = {
  '/': [
    ...FRAME,
    '/api/v1/web-config',
    '/api/v1/incidents?sort=-date&limit=10',
    '/api/v1/stats?interval=year&by=none',
    '/api/v1/stats?interval=month&by=none',
    '/api/v1/stats?interval=month&by=side',
  ],
  '/timeline': [...FRAME, '/api/v1/actors', '/api/v1/stats?interval=year&by=none', '/api/v1/incidents?sort=date&limit=50'],
  '/map': [...FRAME, '/api/v1/actors', '/api/v1/web-config'],
};

/** The API addresses a page will read first: those above for an address without a query, else the frame's. */
export function firstReads(path: string, hasQuery: boolean): string[] {
  return (!hasQuery && READS[path]) || FRAME;
}

/** Every page's first reads, each once. */
export function allFirstReads(): string[] {
  return [...new Set(Object.values(READS).flat())];
}

/** Preload tags for those reads (credentials as the app's own fetches: same origin). */
export function firstReadTags(path: string, hasQuery: boolean): string {
  return firstReads(path, hasQuery)
    .map((url) => `<link rel="preload" as="fetch" crossorigin href="${url.replace(/&/g, '&amp;')}">`)
    .join('');
}
