import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';
import type { Claim, DateRange } from '../api/types';

/** An actor or a place as a peace-process answer names it. */
export type Named = { id: string; name: string };

/** One commitment of an agreement, with how far it has been carried out. */
export type Provision = { id: string; text: string; status: 'pending' | 'implemented' | 'partially_implemented' | 'not_implemented' | 'disputed' };

/** An agreement, ceasefire, proposal or resolution (GET /agreements); its claims are the sources behind it. */
export type Agreement = {
  id: string;
  name: string;
  kind: string;
  date: DateRange;
  places: Named[];
  parties: Named[];
  mediators: Named[];
  status: string;
  status_note: string | null;
  provisions: Provision[];
  claims: Claim[];
};

/** A meeting or round of talks (GET /meetings). */
export type Meeting = {
  id: string;
  title: string;
  date: DateRange;
  places: Named[];
  participants: Named[];
  mediators: Named[];
  format: 'bilateral' | 'mediated' | 'multilateral';
  outcome: string;
  status: 'planned' | 'held' | 'cancelled' | 'postponed';
  agreements: string[];
  claims: Claim[];
};

/** Who demands what of whom, for which agreement (GET /preconditions). */
export type Precondition = {
  id: string;
  title: string;
  demanded_by: Named;
  demanded_of: Named;
  demand: string;
  for_agreement: string | null;
  date: DateRange;
  status: 'raised' | 'met' | 'rejected' | 'withdrawn' | 'pending';
  claims: Claim[];
};

/** A period as the peace routes take it: a year, a month or a day at either end. */
export type Period = { from?: string; to?: string };

function usePeaceList<T>(path: '/agreements' | '/meetings' | '/preconditions', period: Period) {
  return useQuery({
    queryKey: ['peace', path, period.from ?? '', period.to ?? ''],
    queryFn: ({ signal }) => apiGet<{ items: T[] }>(path, { from: period.from, to: period.to }, signal).then((r) => r.items),
  });
}

/** Agreements in a period, each with its provisions and sources. */
export const useAgreements = (period: Period) => usePeaceList<Agreement>('/agreements', period);
/** Meetings and talks in a period. */
export const useMeetings = (period: Period) => usePeaceList<Meeting>('/meetings', period);
/** Preconditions and demands raised in a period. */
export const usePreconditions = (period: Period) => usePeaceList<Precondition>('/preconditions', period);
