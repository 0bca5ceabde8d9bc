import type { Incident } from '../../api/types';
import { Empty } from '../layout/status';
import { SideBadge } from '../side-badge';
import { claimAnchor } from './incident-words';

/** Who blames whom, and who denies it, each linked to the claim saying so. */
export function ResponsibilityAccounts({ responsibility }: { responsibility: Incident['responsibility'] }) {
  const { status, accounts } = responsibility;
  return (
    <section aria-labelledby="responsibility">
      <h2 id="responsibility">Who is blamed</h2>
      <p>
        Responsibility is <strong className={status === 'disputed' ? 'disputed-mark' : undefined}>{status === 'unknown' ? 'not stated by any source' : status}</strong>.
      </p>
      {accounts.length ? (
        <ul className="blame-list">
          {accounts.map((a) => (
            <li key={a.claim}>
              <SideBadge side={a.side} /> <a href={`#${claimAnchor(a.claim)}`}>{a.claimant}</a>{' '}
              {a.denial ? <strong>denies responsibility</strong> : <>blames <strong>{a.blames.join(', ') || 'no one named'}</strong></>}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No source assigns blame.</Empty>
      )}
    </section>
  );
}
