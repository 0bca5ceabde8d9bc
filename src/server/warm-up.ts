import type { Hono } from 'hono';
import { allFirstReads } from './first-reads.js';

/**
 * What the web app's first screens ask for (overview, timeline, map, the filters' names): the
 * aggregates behind them take a second or more on a large record the first time and are kept
 * in memory after, so the server asks them itself once it listens rather than make the first
 * visitor wait.
 */
export const FIRST_SCREEN_READS = [...allFirstReads().filter((url) => url !== '/api/v1/session'), '/api/v1/map?zoom=0'];

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
