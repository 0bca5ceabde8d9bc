import { useEffect, useState, type FormEvent } from 'react';
import type { Period } from '../../hooks/use-peace';

const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A from–to period for the peace process; the page keeps it in its URL. Empty ends are open. */
export function PeriodFilter({ period, onChange }: { period: Period; onChange(next: Period): void }) {
  const [draft, setDraft] = useState<Period>(period);
  const [problem, setProblem] = useState<string>();
  useEffect(() => setDraft(period), [period]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    for (const k of ['from', 'to'] as const) {
      const v = draft[k]?.trim();
      if (v && !PERIOD.test(v)) return setProblem(`"${k === 'from' ? 'From' : 'To'}" should be a year, a month or a day: 2020, 2020-09 or 2020-09-27`);
    }
    setProblem(undefined);
    onChange({ from: draft.from?.trim() || undefined, to: draft.to?.trim() || undefined });
  };

  return (
    <form className="period-filter" onSubmit={apply} aria-label="Period">
      <label>
        From
        <input value={draft.from ?? ''} placeholder="e.g. 2020" size={10} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
      </label>
      <label>
        To
        <input value={draft.to ?? ''} placeholder="e.g. 2024-06" size={10} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
      </label>
      <button type="submit" className="primary">Show</button>
      {(period.from || period.to) && (
        <button type="button" onClick={() => onChange({})}>
          Whole record
        </button>
      )}
      {problem ? (
        <p className="status error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
