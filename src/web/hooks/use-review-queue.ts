import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';
import type { Incident, ListedClaim, Page } from '../api/types';

/** How many items each page of the queue holds. */
export const QUEUE_PAGE = 25;

/** What waits for a reviewer: claims or incidents, oldest first, a page at a time. */
export function useReviewQueue<K extends 'claims' | 'incidents'>(kind: K) {
  return useInfiniteQuery({
    queryKey: ['review-queue', kind],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<K extends 'claims' ? ListedClaim : Incident>>(`/${kind}`, { status: 'unreviewed', limit: QUEUE_PAGE, cursor: pageParam }, signal),
    getNextPageParam: (last) => last.next_cursor,
  });
}
