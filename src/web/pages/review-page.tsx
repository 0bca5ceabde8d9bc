import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../api/session';
import type { Incident, ListedClaim, ReviewStatus } from '../api/types';
import { useReviewQueue } from '../hooks/use-review-queue';
import { useReviewClaim, useReviewIncident } from '../hooks/use-review-actions';
import { claimAnchor } from '../components/incident/incident-words';
import { Empty, ErrorMessage, Loading } from '../components/layout/status';
import { ClaimQueueItem, IncidentQueueItem, incidentLink } from '../components/review/queue-items';
import { ShortcutHelp } from '../components/review/shortcut-help';
import { useQueueKeys } from '../components/review/use-queue-keys';
import '../components/incident/incident.css';
import '../components/review/review-queue.css';

type Tab = 'claims' | 'incidents';
const DONE: Record<ReviewStatus, string> = { accepted: 'Accepted', disputed: 'Disputed', rejected: 'Rejected', unreviewed: 'Reopened' };

/** The review queue: unreviewed claims and incidents, a page at a time, to decide with buttons or the keyboard. */
export default function ReviewPage() {
  const { can, known } = useSession();
  const reviewer = can('reviewer');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('show') === 'incidents' ? 'incidents' : 'claims';
  const claims = useReviewQueue('claims');
  const incidents = useReviewQueue('incidents');
  const queue = tab === 'claims' ? claims : incidents;
  const items: (ListedClaim | Incident)[] = (queue.data?.pages ?? []).flatMap((p): (ListedClaim | Incident)[] => p.items);
  const [index, setIndex] = useState(0);
  const current = Math.max(0, Math.min(index, items.length - 1));
  const [help, setHelp] = useState(false);
  const [said, setSaid] = useState('');
  const reviewClaim = useReviewClaim();
  const reviewIncident = useReviewIncident();
  const refs = useRef<(HTMLLIElement | null)[]>([]);
  const byKeyboard = useRef(false);
  // Keys can come faster than the page renders: each reads and moves the index held here.
  const at = useRef(current);
  at.current = current;

  const nameOf = (item: ListedClaim | Incident | undefined) =>
    !item ? '' : tab === 'claims' ? `claim by ${(item as ListedClaim).claimant.name}: ${(item as ListedClaim).statement}` : `incident ${(item as Incident).title}`;

  // The focused item takes the keyboard focus (so it is seen and read out) once keys are in use.
  useEffect(() => {
    if (!byKeyboard.current) return;
    const el = refs.current[current];
    if (el && document.activeElement !== el && !el.contains(document.activeElement)) el.focus();
  }, [current, items.length, tab]);

  useQueueKeys({
    move(by) {
      if (!items.length) return;
      byKeyboard.current = true;
      const next = Math.max(0, Math.min(at.current + by, items.length - 1));
      at.current = next;
      setIndex(next);
      setSaid(`${next + 1} of ${items.length}: ${nameOf(items[next])}`);
    },
    decide(status) {
      const item = items[at.current];
      if (!item) return;
      byKeyboard.current = true;
      if (!reviewer) return setSaid('Sign in as a reviewer to accept, dispute or reject.');
      const done = () => setSaid(`${DONE[status]} the ${nameOf(item)}`);
      if (tab === 'claims') reviewClaim.mutate({ id: item.id, status }, { onSuccess: done });
      else reviewIncident.mutate({ id: item.id, status }, { onSuccess: done });
    },
    open() {
      const item = items[at.current];
      if (item) navigate(tab === 'claims' ? incidentLink((item as ListedClaim).incident_id, `#${claimAnchor(item.id)}`) : incidentLink(item.id));
    },
    edit() {
      const item = items[at.current];
      if (item && reviewer) navigate(incidentLink(tab === 'claims' ? (item as ListedClaim).incident_id : item.id, '?edit=1'));
    },
    toggleHelp: () => setHelp((h) => !h),
  });

  const show = (t: Tab) => {
    setIndex(0);
    setParams(t === 'incidents' ? { show: 'incidents' } : {}, { replace: true });
  };
  const count = (q: { data?: { pages: { items: unknown[] }[] }; hasNextPage: boolean }) => {
    const n = (q.data?.pages ?? []).reduce((sum, p) => sum + p.items.length, 0);
    return q.data ? `${n}${q.hasNextPage ? '+' : ''}` : '…';
  };
  const error = reviewClaim.error ?? reviewIncident.error;

  return (
    <div className="review-page">
      <h1>Review queue</h1>
      {!reviewer && known && (
        <p className="read-only-note" role="note">
          You are seeing the queue read-only. <Link to="/sign-in">Sign in as a reviewer</Link> to accept, dispute or reject claims and incidents.
        </p>
      )}
      <ShortcutHelp full={help} onToggle={() => setHelp((h) => !h)} />
      <div className="queue-tabs" role="group" aria-label="What to review">
        <button type="button" aria-pressed={tab === 'claims'} onClick={() => show('claims')}>
          Claims waiting ({count(claims)})
        </button>
        <button type="button" aria-pressed={tab === 'incidents'} onClick={() => show('incidents')}>
          Incidents waiting ({count(incidents)})
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {error && <ErrorMessage error={error} doing="record the decision" />}
      {queue.isLoading && <Loading what={`the ${tab} waiting for review`} />}
      {queue.error && <ErrorMessage error={queue.error} doing="load the queue" />}
      {queue.data && !items.length && <Empty>Nothing waits for review: every {tab === 'claims' ? 'claim' : 'incident'} has been reviewed.</Empty>}
      {items.length > 0 && (
        <ol className="queue" aria-label={tab === 'claims' ? 'Claims waiting for review' : 'Incidents waiting for review'}>
          {items.map((item, k) => {
            const common = {
              ref: (el: HTMLLIElement | null) => {
                refs.current[k] = el;
              },
              focused: k === current,
              canReview: reviewer,
              position: `${k + 1} of ${items.length}`,
              onFocusItem: () => setIndex(k),
            };
            return tab === 'claims' ? (
              <ClaimQueueItem key={item.id} claim={item as ListedClaim} {...common} />
            ) : (
              <IncidentQueueItem key={item.id} incident={item as Incident} {...common} />
            );
          })}
        </ol>
      )}
      {queue.hasNextPage && (
        <button type="button" onClick={() => void queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
          {queue.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </button>
      )}
    </div>
  );
}
