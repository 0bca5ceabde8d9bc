import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-client';
import type { Incident } from '../../api/types';
import { useEditIncident, type IncidentEditBody } from '../../hooks/use-review-actions';
import { dateNotation } from '../incident/incident-words';
import { ErrorMessage } from '../layout/status';
import { SUB_EVENT_TYPES } from './sub-event-types';
import './review.css';

/** A reviewer's edit of an incident's title, summary, type and date; only the fields changed are sent. */
export function EditIncidentForm({ incident, onDone }: { incident: Pick<Incident, 'id' | 'title' | 'summary' | 'type' | 'date'>; onDone?(): void }) {
  const id = useId();
  const start = { title: incident.title, summary: incident.summary, type: incident.type.sub_event_type, date: dateNotation(incident.date) };
  const [draft, setDraft] = useState(start);
  const edit = useEditIncident();
  const bad = edit.error instanceof ApiError ? edit.error.field : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes: IncidentEditBody = {};
    for (const k of Object.keys(start) as (keyof typeof start)[]) if (draft[k] !== start[k]) changes[k] = draft[k];
    if (!Object.keys(changes).length) return onDone?.();
    edit.mutate({ id: incident.id, edit: changes }, { onSuccess: () => onDone?.() });
  };
  const field = (k: keyof typeof start) => ({
    id: `${id}-${k}`,
    value: draft[k],
    'aria-invalid': bad === k || undefined,
    'aria-describedby': bad === k ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value })),
  });
  return (
    <form className="review-form" onSubmit={submit} aria-label="Edit the incident">
      <label>
        Title
        <input {...field('title')} required maxLength={300} />
      </label>
      <label>
        Summary
        <textarea {...field('summary')} rows={4} maxLength={5000} />
      </label>
      <label>
        Type
        <select {...field('type')}>
          {Object.entries(SUB_EVENT_TYPES).map(([type, subs]) => (
            <optgroup key={type} label={type}>
              {subs.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        Date <small>a day (2020-07-12), days (2020-07-12..2020-07-15), a month (2020-07) or a year</small>
        <input {...field('date')} required />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save the edit'}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
      {edit.error && (
        <div id={`${id}-error`}>
          <ErrorMessage error={edit.error} doing="save the edit" />
        </div>
      )}
    </form>
  );
}
