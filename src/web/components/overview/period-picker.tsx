import { useEffect, useId, useState, type FormEvent } from 'react';
import './overview.css';

type Period = { from?: string; to?: string };

const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The month twelve months back, so "last 12 months" runs from it to today. */
function lastTwelveMonths(): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 11);
  return d.toISOString().slice(0, 7);
}

/**
 * Which period the overview counts: the whole record, the last 12 months, one year of the
 * record, or any span typed in (a year, month or day at either end).
 */
export function PeriodPicker({ period, years, onChange }: { period: Period; years: string[]; onChange(next: Period): void }) {
  const id = useId();
  const recent = lastTwelveMonths();
  const kind = !period.from && !period.to ? 'all' : period.from === recent && !period.to ? 'recent' : period.from && period.from === period.to && period.from.length === 4 ? 'year' : 'custom';
  const [from, setFrom] = useState(period.from ?? '');
  const [to, setTo] = useState(period.to ?? '');
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    setFrom(period.from ?? '');
    setTo(period.to ?? '');
  }, [period.from, period.to]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    for (const [name, v] of [['From', from], ['To', to]] as const) if (v && !PERIOD.test(v)) return setProblem(`"${name}" should be a year, a month or a day: 2020, 2020-09 or 2020-09-27`);
    setProblem(undefined);
    onChange({ from: from || undefined, to: to || undefined });
  };

  return (
    <form className="period-picker" onSubmit={apply} aria-label="Period">
      <div className="toggle-group" role="group" aria-label="Period shown">
        <button type="button" aria-pressed={kind === 'all'} onClick={() => onChange({})}>
          Whole record
        </button>
        <button type="button" aria-pressed={kind === 'recent'} onClick={() => onChange({ from: recent })}>
          Last 12 months
        </button>
      </div>
      <label>
        A year
        <select value={kind === 'year' ? period.from : ''} onChange={(e) => onChange(e.target.value ? { from: e.target.value, to: e.target.value } : {})}>
          <option value="">Choose a year</option>
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-from`}>
        From
        <input id={`${id}-from`} value={from} placeholder="2020-07" size={10} onChange={(e) => setFrom(e.target.value.trim())} />
      </label>
      <label htmlFor={`${id}-to`}>
        To
        <input id={`${id}-to`} value={to} placeholder="2020-11-10" size={10} onChange={(e) => setTo(e.target.value.trim())} />
      </label>
      <button type="submit">Show this period</button>
      {problem && (
        <p className="status error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
