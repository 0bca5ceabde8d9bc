import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/api-client';

/** A place with every name it goes by (GET /places). */
export type Place = {
  id: string;
  name: string;
  names: { hy?: string; az?: string; ru?: string };
  aliases: string[];
  level: string;
  country: string;
  parent_id?: string;
  lat: number | null;
  lon: number | null;
  note?: string;
};

/** Every place of the gazetteer, read once a session: place names are shown through it. */
export function usePlaces(q?: string) {
  return useQuery({
    queryKey: ['places', q ?? ''],
    queryFn: ({ signal }) => apiGet<{ items: Place[] }>('/places', { q }, signal).then((r) => r.items),
    staleTime: q ? 60_000 : Infinity,
  });
}
