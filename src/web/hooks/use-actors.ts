import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';

/** A state, force, ministry, official, organisation or group, with every name it goes by (GET /actors). */
export type Actor = {
  id: string;
  name: string;
  kind: string;
  /** The side it speaks for: AM, AZ, a third party's code, or unknown. */
  side: string;
  country: string;
  aliases: string[];
  demonyms?: string[];
  parent_id?: string;
  note?: string;
};

/** Actors, all of them or those a name or alias finds (`q`). */
export function useActors(q?: string) {
  const words = q?.trim() ?? '';
  return useQuery({
    queryKey: ['actors', 'list', words],
    queryFn: ({ signal }) => apiGet<{ items: Actor[] }>('/actors', { q: words }, signal).then((r) => r.items),
    staleTime: words ? 60_000 : Infinity,
  });
}
