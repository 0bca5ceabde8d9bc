import { useSession } from '../../api/session';
import type { Claim } from '../../api/types';
import { useIncidentHistory, type AuditEntry } from '../../hooks/use-incident';
import { Empty, ErrorMessage, Loading } from '../layout/status';

const ACTION_WORDS: Record<string, string> = {
  'claim.accept': 'accepted a claim',
  'claim.dispute': 'disputed a claim',
  'claim.reject': 'rejected a claim',
  'claim.reopen': 'reopened a claim',
  'incident.review': 'set the review status',
  'incident.edit': 'edited the incident',
  'incident.merge': 'merged incidents into this one',
  'incident.split': 'split reports off',
  'incident.create': 'created the incident',
  'incident.propose': 'proposed an edit',
  'note.add': 'added a note',
};

/** A change's after-state in one line: the status set, or the fields written. */
function changed(e: AuditEntry): string {
  const after = e.after as Record<string, unknown> | null;
  if (!after) return '';
  if (e.target_kind === 'claim' || e.action === 'incident.review') return `→ ${String(after.status)}`;
  if (e.action === 'note.add') return '';
  if (e.action === 'incident.merge' && Array.isArray(after.merged)) return `(${after.merged.join(', ')})`;
  if (e.action === 'incident.split' && after.split_into) return `(into ${String(after.split_into)})`;
  return Object.keys(after).join(', ');
}

/** What people did to the incident and its claims, from the audit log; the log answers reviewers only, and says so to others. */
export function IncidentHistory({ incidentId, claims }: { incidentId: string; claims: Claim[] }) {
  const { can, known } = useSession();
  const reviewer = can('reviewer');
  const history = useIncidentHistory(incidentId, claims.map((c) => c.id), reviewer);
  const claimant = new Map(claims.map((c) => [c.id, c.claimant.name]));
  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      {!reviewer ? (
        <p className="muted">{known ? 'The history of changes is visible to reviewers; sign in as a reviewer to see it.' : 'Checking who is signed in…'}</p>
      ) : history.loading ? (
        <Loading what="the history" />
      ) : history.error ? (
        <ErrorMessage error={history.error} doing="load the history" />
      ) : history.entries.length ? (
        <ol className="history">
          {history.entries.map((e) => (
            <li key={e.seq}>
              <time dateTime={e.at}>{new Date(e.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</time> <strong>{e.actor}</strong>{' '}
              {ACTION_WORDS[e.action] ?? e.action}
              {e.target_kind === 'claim' && <> ({claimant.get(e.target_id) ?? e.target_id})</>} <span className="muted">{changed(e)}</span>
            </li>
          ))}
        </ol>
      ) : (
        <Empty>No changes since the record was loaded.</Empty>
      )}
    </section>
  );
}
