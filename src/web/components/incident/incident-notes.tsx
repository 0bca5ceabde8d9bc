import { useState, type FormEvent } from 'react';
import { useSession } from '../../api/session';
import { useIncidentNotes } from '../../hooks/use-incident';
import { useAddNote } from '../../hooks/use-review-actions';
import { Empty, ErrorMessage, Loading } from '../layout/status';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** People's notes and proposed edits on an incident; analysts and above may add a note. */
export function IncidentNotes({ incidentId }: { incidentId: string }) {
  const notes = useIncidentNotes(incidentId);
  const add = useAddNote();
  const { can } = useSession();
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ id: incidentId, text }, { onSuccess: () => setText('') });
  };
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">Notes</h2>
      {notes.isLoading && <Loading what="the notes" />}
      {notes.error && <ErrorMessage error={notes.error} doing="load the notes" />}
      {notes.data &&
        (notes.data.length ? (
          <ol className="notes">
            {notes.data.map((n) => (
              <li key={n.id} className="card">
                <p className="note-head">
                  <strong>{n.author}</strong> <span className="muted">{n.kind === 'proposal' ? 'proposed an edit' : 'wrote'}, {when(n.created_at)}</span>
                </p>
                <p className="note-text">{n.text}</p>
                {n.fields && (
                  <ul className="muted">
                    {Object.entries(n.fields).map(([k, v]) => (
                      <li key={k}>
                        {k}: {typeof v === 'string' ? v : JSON.stringify(v)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <Empty>No notes yet.</Empty>
        ))}
      {can('analyst') ? (
        <form className="note-form" onSubmit={submit}>
          <label>
            Add a note
            <textarea value={text} rows={3} maxLength={10000} onChange={(e) => setText(e.target.value)} required />
          </label>
          <button type="submit" className="primary" disabled={add.isPending || !text.trim()}>
            {add.isPending ? 'Saving…' : 'Add note'}
          </button>
          {add.error && <ErrorMessage error={add.error} doing="add the note" />}
        </form>
      ) : (
        <p className="muted">Analysts and reviewers can add notes after signing in.</p>
      )}
    </section>
  );
}
