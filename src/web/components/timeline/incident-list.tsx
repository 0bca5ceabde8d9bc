import type { IncidentFilters } from '../../hooks/use-incident-filters';
import { MAX_PAGES, PAGE_SIZE, useIncidentPages } from '../../hooks/use-incident-list';
import { Empty, ErrorMessage, Loading } from '../layout/status';
import { IncidentRow } from './incident-row';

/** How many pages come before a page, counting back through the cursors that led to it. */
function pagesBefore(param: { before?: unknown } | undefined): number {
  let n = 0;
  for (let p = param?.before as { before?: unknown } | undefined; p; p = p.before as typeof p) n++;
  return n;
}

/**
 * Every incident matching the filters, oldest first, a page at a time: "Show more" asks for the
 * next page, and past a few pages the first ones give way ("Show earlier" brings them back), so
 * the page stays light however long the record is.
 */
export function IncidentList({ filters }: { filters: IncidentFilters }) {
  const pages = useIncidentPages(filters);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const first = pagesBefore(pages.data?.pageParams[0] as { before?: unknown }) * PAGE_SIZE;

  const error = pages.error;
  if (pages.isPending) return <Loading what="incidents" />;
  if (pages.isError) return <ErrorMessage error={pages.error} doing="list the incidents" />;
  if (!items.length) return <Empty>No incident matches these filters.</Empty>;
  return (
    <>
      <p className="list-note muted" aria-live="polite">
        Showing incidents {first + 1}–{first + items.length}
        {pages.hasNextPage ? ', more below' : ', the last of those matching'}. Oldest first; an incident shows if any of its days fall in the period.
      </p>
      {pages.hasPreviousPage && (
        <div className="list-paging">
          <button type="button" onClick={() => pages.fetchPreviousPage()} disabled={pages.isFetchingPreviousPage}>
            {pages.isFetchingPreviousPage ? 'Loading…' : `Show the ${PAGE_SIZE} before`}
          </button>
        </div>
      )}
      <ol className="incident-list" start={first + 1} data-ready={pages.isFetching && !pages.isFetchingNextPage && !pages.isFetchingPreviousPage ? undefined : 'true'} aria-label="Incidents">
        {items.map((incident) => (
          <IncidentRow key={incident.id} incident={incident} />
        ))}
      </ol>
      {pages.isFetchNextPageError && <ErrorMessage error={error} doing="show more incidents" />}
      <div className="list-paging">
        {pages.hasNextPage ? (
          <button type="button" className="primary" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? 'Loading…' : 'Show more'}
          </button>
        ) : (
          <span className="muted">End of the list.</span>
        )}
        {(pages.data?.pages.length ?? 0) >= MAX_PAGES && <span className="muted">Earlier pages give way as you go on, to keep the page quick.</span>}
      </div>
    </>
  );
}
