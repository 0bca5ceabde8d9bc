import { useQueries, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';
import type { IncidentDetail } from '../api/types';

/** A person's note on an incident, or an analyst's proposed edit (GET /incidents/{id}/notes). */
export type IncidentNote = {
  id: string;
  incident_id: string;
  author: string;
  kind: 'note' | 'proposal';
  text: string;
  fields?: { title?: string; summary?: string; type?: unknown; date?: unknown };
  created_at: string;
};

/** One entry of the audit log (GET /audit). */
export type AuditEntry = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target_kind: string;
  target_id: string;
  before: unknown;
  after: unknown;
};

/** Query keys, so writes can invalidate exactly what they change. */
export const incidentKeys = {
  all: ['incident'] as const,
  one: (id: string) => ['incident', id] as const,
  notes: (id: string) => ['incident-notes', id] as const,
  history: (id: string) => ['audit', id] as const,
};

/** One incident with its claims, figures and the documents they cite. */
export function useIncident(id: string) {
  return useQuery({
    queryKey: incidentKeys.one(id),
    queryFn: ({ signal }) => apiGet<IncidentDetail>(`/incidents/${encodeURIComponent(id)}`, undefined, signal),
  });
}

/** An incident's notes and proposed edits, oldest first. */
export function useIncidentNotes(id: string) {
  return useQuery({
    queryKey: incidentKeys.notes(id),
    queryFn: ({ signal }) => apiGet<{ items: IncidentNote[] }>(`/incidents/${encodeURIComponent(id)}/notes`, undefined, signal).then((r) => r.items),
  });
}

/**
 * What was done to an incident and its claims, newest first. The audit log answers reviewers
 * only, so nothing is asked unless `enabled`; a claim's decisions are logged under the claim.
 */
export function useIncidentHistory(id: string, claimIds: string[], enabled: boolean) {
  const targets = [id, ...claimIds];
  const results = useQueries({
    queries: targets.map((target) => ({
      queryKey: incidentKeys.history(target),
      // No abort signal: a merge or split changes the claims, and with them this set of queries, while
      // they are in flight; a small answer arriving late is cheaper than a cancelled request.
      queryFn: () => apiGet<{ items: AuditEntry[] }>('/audit', { target_id: target, limit: 100 }).then((r) => r.items),
      enabled,
    })),
  });
  const error = results.find((r) => r.error)?.error;
  const loading = results.some((r) => r.isLoading);
  const entries = results.flatMap((r) => r.data ?? []).sort((a, b) => b.seq - a.seq);
  return { entries, error, loading };
}
