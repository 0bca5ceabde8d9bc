import type { Claim } from '../../api/types';
import { Empty } from '../layout/status';
import { ClaimCard } from './claim-card';
import { SPEAKER_SIDES, speakerSide } from './incident-words';

/** The accounts side by side, grouped by the claimant's side, so each party's version reads whole. */
export function AccountsBySide({ claims, canReview }: { claims: Claim[]; canReview: boolean }) {
  // The two parties always have a column (a party's silence is worth seeing); others only when they spoke.
  const groups = SPEAKER_SIDES.map((g) => ({ ...g, mine: claims.filter((c) => speakerSide(c.claimant.country) === g.side) })).filter((g) => g.side !== 'third' || g.mine.length);
  return (
    <div className={`accounts columns-${groups.length}`}>
      {groups.map(({ side, label, mine }) => {
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
