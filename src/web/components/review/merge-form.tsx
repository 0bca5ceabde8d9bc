import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/api-client';
import type { Incident, Page } from '../../api/types';
import { useMergeIncidents } from '../../hooks/use-review-actions';
import { dateLabel } from '../incident/incident-words';
import { Empty, ErrorMessage, Loading } from '../layout/status';
import './review.css';

/** Incidents matching words, on the same days or not, to pick from for a merge. */
function useMergeCandidates(search: { q: string; sameDays: boolean } | null, incident: Pick<Incident, 'id' | 'date'>) {
  return useQuery({
    queryKey: ['merge-candidates', incident.id, search],
    enabled: !!search,
    queryFn: ({ signal }) =>
      apiGet<Page<Incident>>('/incidents', { q: search!.q || undefined, from: search!.sameDays ? incident.date.start : undefined, to: search!.sameDays ? incident.date.end : undefined, limit: 30 }, signal)
        .then((p) => p.items.filter((i) => i.id !== incident.id)),
  });
}

/**
 * Finds incidents that are the same event and merges them into this one. Only incidents grouped
 * from ingested documents can be merged; curated ones are listed but cannot be picked.
 */
export function MergeForm({ incident }: { incident: Pick<Incident, 'id' | 'date'> }) {
  const [q, setQ] = useState('');
  const [sameDays, setSameDays] = useState(true);
  const [search, setSearch] = useState<{ q: string; sameDays: boolean } | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const candidates = useMergeCandidates(search, incident);
  const merge = useMergeIncidents();
  const find = (e: FormEvent) => {
    e.preventDefault();
    setSearch({ q: q.trim(), sameDays });
  };
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <div className="review-form">
      <form onSubmit={find} className="review-form" aria-label="Find incidents to merge">
        <label>
          Words in the other incident
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. Sotk, shelling" />
        </label>
        <label className="inline">
          <span>
            <input type="checkbox" checked={sameDays} onChange={(e) => setSameDays(e.target.checked)} /> only incidents on these days ({dateLabel(incident.date)})
          </span>
        </label>
        <div className="actions">
          <button type="submit">Find incidents</button>
        </div>
      </form>
      {candidates.isLoading && <Loading what="incidents" />}
      {candidates.error && <ErrorMessage error={candidates.error} doing="search" />}
      {candidates.data &&
        (candidates.data.length ? (
          <ul className="choices" aria-label="Incidents found">
            {candidates.data.map((i) => (
              <li key={i.id}>
                <label>
                  <input type="checkbox" checked={picked.includes(i.id)} disabled={i.origin !== 'reconciled'} onChange={() => toggle(i.id)} />
                  <span>
                    <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.title}</Link> <span className="muted">{dateLabel(i.date)}</span>
                    {i.origin !== 'reconciled' && <span className="muted"> — from the curated record, cannot be merged</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>No other incident matches.</Empty>
        ))}
      <div className="actions">
        <button type="button" className="primary" disabled={!picked.length || merge.isPending} onClick={() => merge.mutate({ id: incident.id, others: picked }, { onSuccess: () => setPicked([]) })}>
          {merge.isPending ? 'Merging…' : `Merge ${picked.length || ''} into this incident`}
        </button>
      </div>
      {merge.isSuccess && <p className="done" role="status">Merged.</p>}
      {merge.error && <ErrorMessage error={merge.error} doing="merge" />}
    </div>
  );
}
