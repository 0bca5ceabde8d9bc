import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';
import type { Incident, Page } from '../api/types';
import { filtersToQuery, type IncidentFilters } from './use-incident-filters';

/**
 * Where a page of the list starts, and the page before it (cursors only run forwards). A class,
 * not a plain object, so react-query compares it by identity instead of walking the chain.
 */
class PageParam {
  constructor(
    readonly cursor: string | null,
    readonly before?: PageParam,
  ) {}
}

/** Incidents a page holds: enough to fill a screen or two, few enough to draw at once. */
export const PAGE_SIZE = 50;
/** Pages kept drawn: scrolling on drops the first, "Show earlier" asks for it again. */
export const MAX_PAGES = 4;

/**
 * GET /incidents, oldest first, page by page. At most MAX_PAGES pages are held, so a record of
 * 100,000 incidents never sits in memory or in the page at once; each page remembers the one
 * before it so it can be asked for again.
 */
export function useIncidentPages(filters: IncidentFilters) {
  const query = filtersToQuery(filters);
  return useInfiniteQuery({
    queryKey: ['incidents', 'pages', query],
    initialPageParam: new PageParam(null),
    queryFn: ({ pageParam, signal }) => apiGet<Page<Incident>>('/incidents', { ...query, sort: 'date', limit: PAGE_SIZE, cursor: pageParam.cursor }, signal),
    getNextPageParam: (last, _pages, param) => (last.next_cursor ? new PageParam(last.next_cursor, param) : undefined),
    getPreviousPageParam: (_first, _pages, param) => param.before,
    maxPages: MAX_PAGES,
  });
}

/** GET /incidents?sort=-date: the newest incidents matching the filters. */
export function useLatestIncidents(filters: IncidentFilters, limit = 10) {
  const query = filtersToQuery(filters);
  return useQuery({
    queryKey: ['incidents', 'latest', limit, query],
    queryFn: ({ signal }) => apiGet<Page<Incident>>('/incidents', { ...query, sort: '-date', limit }, signal).then((p) => p.items),
  });
}
