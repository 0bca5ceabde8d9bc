import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, pathId } from '../api/api-client';
import type { IncidentDetail, ReviewStatus } from '../api/types';
import type { IncidentNote } from './use-incident';

// Review writes. A decision changes figures, groups and lists on other pages too, so after
// each one (done or refused) every query is read again; a refusal keeps the API's message and
// field in the mutation's error for the caller to show.

/** The fields a reviewer may edit; date in the record's notation (2020-07-12, 2020-07-12..2020-07-15, 2020-07). */
export type IncidentEditBody = { title?: string; summary?: string; type?: string; date?: string };

const incidentPath = (id: string) => `/incidents/${encodeURIComponent(id)}`;

function useWrite<V, R>(send: (v: V) => Promise<R>) {
  const queries = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => queries.invalidateQueries() });
}

/** Accept, dispute, reject or reopen (unreviewed) a claim: POST /claims/{id}/review. */
export const useReviewClaim = () =>
  useWrite(({ id, status }: { id: string; status: ReviewStatus }) =>
    apiSend<{ claim: unknown; incident_id: string }>('POST', `/claims/${pathId(id)}/review`, { status }),
  );

/** Set an incident's review status: POST /incidents/{id}/review. */
export const useReviewIncident = () =>
  useWrite(({ id, status }: { id: string; status: ReviewStatus }) => apiSend<IncidentDetail>('POST', `${incidentPath(id)}/review`, { status }));

/** Edit title, summary, type or date: PATCH /incidents/{id}. */
export const useEditIncident = () =>
  useWrite(({ id, edit }: { id: string; edit: IncidentEditBody }) => apiSend<IncidentDetail>('PATCH', incidentPath(id), edit));

/** Merge other incidents into one: POST /incidents/{id}/merge. */
export const useMergeIncidents = () =>
  useWrite(({ id, others }: { id: string; others: string[] }) => apiSend<IncidentDetail>('POST', `${incidentPath(id)}/merge`, { others }));

/** Split reports off into an incident of their own: POST /incidents/{id}/split. */
export const useSplitIncident = () =>
  useWrite(({ id, reports }: { id: string; reports: string[] }) => apiSend<{ id: string; new_id: string }>('POST', `${incidentPath(id)}/split`, { reports }));

/** Add a note to an incident: POST /incidents/{id}/notes. */
export const useAddNote = () => useWrite(({ id, text }: { id: string; text: string }) => apiSend<IncidentNote>('POST', `${incidentPath(id)}/notes`, { text }));
