import type { Claim } from '../../api/types';
import { Empty } from '../layout/status';
import { ClaimCard } from './claim-card';
import { SPEAKER_SIDES, speakerSide } from './incident-words';

/** The accounts side by side, grouped by the claimant's side, so each party's version reads whole. */
export function AccountsBySide({ claims, canReview }: { claims: Claim[]; canReview: boolean }) {
  return (
    <div className="accounts">
      {SPEAKER_SIDES.map(({ side, label }) => {
        const mine = claims.filter((c) => speakerSide(c.claimant.country) === side);
        return (
          <section key={side} className={`accounts-side accounts-${side}`} aria-labelledby={`accounts-${side}`}>
            <h3 id={`accounts-${side}`}>
              {label} <span className="muted">({mine.length})</span>
            </h3>
            {mine.length ? mine.map((c) => <ClaimCard key={c.id} claim={c} canReview={canReview} />) : <Empty>No claims from {label.toLowerCase()}.</Empty>}
          </section>
        );
      })}
    </div>
  );
}
