import type { ReviewStatus } from '../../api/types';
import './review.css';

const DECISIONS: { status: ReviewStatus; label: string; key: string }[] = [
  { status: 'accepted', label: 'Accept', key: 'a' },
  { status: 'disputed', label: 'Dispute', key: 'd' },
  { status: 'rejected', label: 'Reject', key: 'r' },
  { status: 'unreviewed', label: 'Reopen', key: '' },
];

/**
 * A reviewer's four decisions on a claim or an incident; the one already taken is pressed, and
 * `what` names the item for screen readers ("Accept claim 3 of Ministry of Defence of Armenia").
 */
export function ReviewButtons({ status, what, busy, onDecide }: { status: ReviewStatus; what: string; busy?: boolean; onDecide(s: ReviewStatus): void }) {
  return (
    <div className="review-buttons" role="group" aria-label={`Review ${what}`}>
      {DECISIONS.filter((d) => d.status !== 'unreviewed' || status !== 'unreviewed').map((d) => (
        <button
          key={d.status}
          type="button"
          className={`decision decision-${d.status}`}
          aria-pressed={status === d.status}
          aria-label={`${d.label} ${what}`}
          disabled={busy || status === d.status}
          onClick={() => onDecide(d.status)}
        >
          {d.label}
        </button>
      ))}
    </div>
  );
}
