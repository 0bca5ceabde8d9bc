import { useMemo } from 'react';
import type { IncidentFilters } from '../../hooks/use-incident-filters';
import { useRecordExtent } from '../../hooks/use-record-extent';
import { useStats } from '../../hooks/use-stats';
import { intervalFor } from '../charts/periods';
import { Empty, ErrorMessage, Loading } from '../layout/status';
import { TimelineHistogram } from './timeline-histogram';
import { boundsFor, viewOf, type View } from './zoom';

/**
 * The histogram over the period the filters select (the whole record when none), in bars of a
 * day, week, month or year as the span needs; zooming writes the period into the filters.
 */
export function TimelineChart({ filters, onChange }: { filters: IncidentFilters; onChange(next: IncidentFilters): void }) {
  const record = useRecordExtent(filters);
  const view = useMemo(() => viewOf(filters.from, filters.to, record.extent), [filters.from, filters.to, record.extent]);
  const interval = view ? intervalFor(view[0], view[1]) : 'month';
  const stats = useStats(filters, interval, 'none', !!view);

  const zoom = (next: View | undefined) => {
    const bounds = next && boundsFor(next, record.extent);
    onChange({ ...filters, from: bounds?.from, to: bounds?.to });
  };

  if (record.error) return <ErrorMessage error={record.error} doing="count the incidents over time" />;
  if (stats.error) return <ErrorMessage error={stats.error} doing="count the incidents over time" />;
  if (!view) return record.isPending ? <Loading what="the timeline" /> : <Empty>No incident matches these filters, so there is nothing to draw.</Empty>;
  return (
    <>
      <TimelineHistogram
        buckets={stats.data?.buckets ?? []}
        interval={interval}
        view={view}
        extent={record.extent}
        ready={stats.isSuccess && !stats.isPlaceholderData && stats.data.interval === interval}
        onZoom={zoom}
      />
      <p className="muted hint">Each bar counts the incidents starting in it; the list below also shows those that began earlier and run into the period.</p>
    </>
  );
}
