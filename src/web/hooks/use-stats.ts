import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';
import type { Stats } from '../api/types';
import type { Interval } from '../components/charts/periods';
import { filtersToQuery, type IncidentFilters } from './use-incident-filters';

/** The filters GET /stats takes: words (q) and review status apply to the incident list only. */
export const STATS_FILTERS = ['from', 'to', 'type', 'place', 'actor', 'side'] as const;

/**
 * GET /stats: incidents and casualty ranges per period. While new figures load, the last ones
 * stay drawn, so zooming does not flash an empty chart.
 */
export function useStats(filters: IncidentFilters, interval: Interval, by: 'side' | 'type' | 'none', enabled = true) {
  const query = filtersToQuery(filters, STATS_FILTERS);
  return useQuery({
    queryKey: ['stats', interval, by, query],
    queryFn: ({ signal }) => apiGet<Stats>('/stats', { ...query, interval, by }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
