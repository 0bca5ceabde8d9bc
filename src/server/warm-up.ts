import type { Hono } from 'hono';

/**
 * What the web app's first screens ask for (overview, timeline, map, the filters' names): the
 * aggregates behind them take a second or more on a large record the first time and are kept
 * in memory after, so the server asks them itself once it listens rather than make the first
 * visitor wait.
 */
export const FIRST_SCREEN_READS = [
  '/api/v1/stats?interval=year&by=none',
  '/api/v1/stats?interval=month&by=none',
  '/api/v1/stats?interval=month&by=side',
  '/api/v1/map?zoom=0',
  '/api/v1/incidents?sort=-date&limit=10',
  '/api/v1/places',
  '/api/v1/actors',
];

/** Asks each read once, one after another so real requests interleave; failures only matter to the real request. */
export async function warmUp(app: Hono, paths: readonly string[] = FIRST_SCREEN_READS): Promise<void> {
  for (const path of paths) {
    try {
      await (await app.request(path)).arrayBuffer();
    } catch {
      // A read that fails here fails the same way for the visitor, who is told why.
    }
  }
}
