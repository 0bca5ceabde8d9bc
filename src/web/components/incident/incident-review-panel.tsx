import { useState } from 'react';
import type { IncidentDetail } from '../../api/types';
import { useReviewIncident } from '../../hooks/use-review-actions';
import { EditIncidentForm } from '../review/edit-incident-form';
import { MergeForm } from '../review/merge-form';
import { ReviewButtons } from '../review/review-buttons';
import { SplitForm } from '../review/split-form';
import { ErrorMessage } from '../layout/status';

/** A reviewer's tools for the whole incident: its status, an edit, merging others in and splitting reports off. */
export function IncidentReviewPanel({ incident, editing, setEditing, tool }: { incident: IncidentDetail; editing: boolean; setEditing(v: boolean): void; tool?: string | null }) {
  const review = useReviewIncident();
  const [open, setOpen] = useState<'merge' | 'split' | null>(tool === 'merge' || tool === 'split' ? tool : null);
  const grouped = incident.origin === 'reconciled';
  return (
    <section className="review-panel card" aria-labelledby="review-incident">
      <h2 id="review-incident">Review this incident</h2>
      <ReviewButtons status={incident.status} what="this incident" busy={review.isPending} onDecide={(status) => review.mutate({ id: incident.id, status })} />
      {review.error && <ErrorMessage error={review.error} doing="record the decision" />}
      <div className="panel-tools">
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Edit title, summary, type or date
        </button>
        {grouped && (
          <>
            <button type="button" aria-expanded={open === 'merge'} onClick={() => setOpen(open === 'merge' ? null : 'merge')}>
              Merge other incidents in
            </button>
            {incident.reports && (
              <button type="button" aria-expanded={open === 'split'} onClick={() => setOpen(open === 'split' ? null : 'split')}>
                Split reports off
              </button>
            )}
          </>
        )}
      </div>
      {!grouped && <p className="muted">Only incidents grouped from ingested documents can be merged or split; this one is {incident.origin === 'record' ? 'from the curated record' : `of origin "${incident.origin}"`}.</p>}
      {editing && <EditIncidentForm incident={incident} onDone={() => setEditing(false)} />}
      {open === 'merge' && <MergeForm incident={incident} />}
      {open === 'split' && incident.reports && <SplitForm incidentId={incident.id} reports={incident.reports} claims={incident.claims} />}
    </section>
  );
}
