import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';
import type { Stats } from '../api/types';
import type { Interval } from '../components/charts/periods';
import { filtersToQuery, type IncidentFilters } from './use-incident-filters';

/**
 * GET /stats: incidents and casualty ranges per period, under the incident list's filters. While
 * new figures load, the last ones stay drawn, so zooming does not flash an empty chart.
 */
export function useStats(filters: IncidentFilters, interval: Interval, by: 'side' | 'type' | 'none', enabled = true) {
  const query = filtersToQuery(filters);
  return useQuery({
    queryKey: ['stats', interval, by, query],
    queryFn: ({ signal }) => apiGet<Stats>('/stats', { ...query, interval, by }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
