import { useMemo } from 'react';
import { endOf, startOf } from '../components/charts/periods';
import type { IncidentFilters } from './use-incident-filters';
import { useStats } from './use-stats';

/**
 * The years the record's incidents start in under every filter but the period (GET /stats by
 * year): the "whole record" of the timeline and the overview, and the years to pick from.
 */
export function useRecordExtent(filters: IncidentFilters) {
  const { from: _from, to: _to, ...rest } = filters;
  const stats = useStats(rest, 'year', 'none');
  const buckets = stats.data?.buckets;
  const extent = useMemo<[Date, Date] | undefined>(
    () => (buckets?.length ? [startOf(buckets[0].period), endOf(buckets[buckets.length - 1].period, 'year')] : undefined),
    [buckets],
  );
  const years = useMemo(() => buckets?.map((b) => b.period) ?? [], [buckets]);
  return { extent, years, isPending: stats.isPending, error: stats.error };
}
