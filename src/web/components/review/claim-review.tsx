import type { Claim } from '../../api/types';
import { useReviewClaim } from '../../hooks/use-review-actions';
import { ErrorMessage } from '../layout/status';
import { ReviewButtons } from './review-buttons';

/** A reviewer's decision on one claim, with the API's refusal shown beside it. */
export function ClaimReview({ claim }: { claim: Pick<Claim, 'id' | 'status' | 'claimant'> }) {
  const review = useReviewClaim();
  return (
    <div className="claim-review">
      <ReviewButtons
        status={claim.status}
        what={`the claim of ${claim.claimant.name}`}
        busy={review.isPending}
        onDecide={(status) => review.mutate({ id: claim.id, status })}
      />
      {review.isPending && <span role="status">Saving…</span>}
      {review.error && <ErrorMessage error={review.error} doing="record the decision" />}
    </div>
  );
}
