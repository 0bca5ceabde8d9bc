import { useEffect, useId, useState, type FormEvent } from 'react';
import { usePlaceNames } from '../../settings/place-names';
import { usePlaces } from '../../hooks/use-places';
import type { IncidentFilters } from '../../hooks/use-incident-filters';
import { useActorNames } from './use-actor-names';
import './filter-bar.css';

/** ACLED's event types, as the record and the API name them. */
export const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
const SIDES = [
  { value: 'AM', label: 'Armenian' },
  { value: 'AZ', label: 'Azerbaijani' },
];
const STATUSES = ['unreviewed', 'accepted', 'disputed', 'rejected'];
/** A day, a month or a year, as the API reads them. */
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export type FilterName = 'period' | 'type' | 'place' | 'actor' | 'side' | 'status' | 'q';

/**
 * The incident filters as a form: edits are applied together (Apply, or Enter), so a shared
 * URL changes once per question rather than per keystroke.
 */
export function FilterBar({ filters, onChange, show }: { filters: IncidentFilters; onChange(next: IncidentFilters): void; show?: FilterName[] }) {
  const id = useId();
  const [draft, setDraft] = useState<IncidentFilters>(filters);
  const [problem, setProblem] = useState<string>();
  useEffect(() => setDraft(filters), [filters]);
  const shown = (name: FilterName) => !show || show.includes(name);
  const set = (patch: Partial<IncidentFilters>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (key: 'side' | 'status', value: string) => {
    const now = draft[key] ?? [];
    set({ [key]: now.includes(value) ? now.filter((v) => v !== value) : [...now, value] });
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    for (const k of ['from', 'to'] as const) {
      const v = draft[k];
      if (v && !PERIOD.test(v)) return setProblem(`"${k === 'from' ? 'From' : 'To'}" should be a year, a month or a day: 2020, 2020-09 or 2020-09-27`);
    }
    if (draft.from && draft.to && draft.to < draft.from.slice(0, draft.to.length)) return setProblem('"To" comes before "From"');
    setProblem(undefined);
    onChange(draft);
  };

  return (
    <form className="filter-bar" onSubmit={apply} aria-label="Filter incidents">
      {shown('q') && (
        <label className="grow">
          Words
          <input type="search" value={draft.q ?? ''} placeholder="e.g. drone, Tovuz, ceasefire" onChange={(e) => set({ q: e.target.value || undefined })} />
        </label>
      )}
      {shown('period') && (
        <>
          <label>
            From
            <input value={draft.from ?? ''} placeholder="2020-07" size={10} inputMode="numeric" onChange={(e) => set({ from: e.target.value.trim() || undefined })} />
          </label>
          <label>
            To
            <input value={draft.to ?? ''} placeholder="2020-11-10" size={10} inputMode="numeric" onChange={(e) => set({ to: e.target.value.trim() || undefined })} />
          </label>
        </>
      )}
      {shown('type') && (
        <label>
          Type
          <select value={draft.type?.[0] ?? ''} onChange={(e) => set({ type: e.target.value ? [e.target.value] : undefined })}>
            <option value="">Any type</option>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      )}
      {shown('place') && <NamePicker label="Place" listId={`${id}-places`} values={draft.place} onChange={(place) => set({ place })} options={usePlaceOptions()} />}
      {shown('actor') && <NamePicker label="Actor" listId={`${id}-actors`} values={draft.actor} onChange={(actor) => set({ actor })} options={useActorNames()} />}
      {shown('side') && (
        <fieldset>
          <legend>Side involved</legend>
          {SIDES.map((s) => (
            <label key={s.value} className="check">
              <input type="checkbox" checked={draft.side?.includes(s.value) ?? false} onChange={() => toggle('side', s.value)} /> {s.label}
            </label>
          ))}
        </fieldset>
      )}
      {shown('status') && (
        <fieldset>
          <legend>Review status</legend>
          {STATUSES.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" checked={draft.status?.includes(s) ?? false} onChange={() => toggle('status', s)} /> {s}
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Apply
        </button>
        <button
          type="button"
          onClick={() => {
            setProblem(undefined);
            onChange({});
          }}
        >
          Clear
        </button>
      </div>
      {problem && (
        <p className="status error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

/** Place names to pick from, in the reader's convention, with the id the API takes. */
function usePlaceOptions(): { value: string; label: string }[] {
  const places = usePlaces();
  const { label } = usePlaceNames();
  return (places.data ?? []).map((p) => ({ value: p.id, label: label(p) }));
}

/** Several names (places or actors): typed with suggestions, shown as removable chips. */
function NamePicker({ label, listId, values, options, onChange }: { label: string; listId: string; values?: string[]; options: { value: string; label: string }[]; onChange(v: string[] | undefined): void }) {
  const [text, setText] = useState('');
  const byValue = new Map(options.map((o) => [o.value, o.label]));
  const byLabel = new Map(options.map((o) => [o.label.toLowerCase(), o.value]));
  const add = () => {
    const t = text.trim();
    if (!t) return;
    // A known name is stored as its id; anything else goes to the API, which finds it by alias.
    const value = byLabel.get(t.toLowerCase()) ?? t;
    onChange([...new Set([...(values ?? []), value])]);
    setText('');
  };
  return (
    <div className="name-picker">
      <label>
        {label}
        <input
          list={listId}
          value={text}
          placeholder="type a name, then Enter"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && text.trim()) {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </label>
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.value} value={o.label} />
        ))}
      </datalist>
      {values?.length ? (
        <ul className="chips" aria-label={`${label} filters`}>
          {values.map((v) => (
            <li key={v}>
              {byValue.get(v) ?? v}
              <button type="button" aria-label={`remove ${byValue.get(v) ?? v}`} onClick={() => onChange(values.filter((x) => x !== v).length ? values.filter((x) => x !== v) : undefined)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
