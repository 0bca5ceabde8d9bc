import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/api-client';

/** Actor names to suggest in the filters, read once a session. */
export function useActorNames(): { value: string; label: string }[] {
  const actors = useQuery({
    queryKey: ['actors', 'names'],
    queryFn: ({ signal }) => apiGet<{ items: { id: string; name: string }[] }>('/actors', {}, signal).then((r) => r.items),
    staleTime: Infinity,
  });
  return (actors.data ?? []).map((a) => ({ value: a.id, label: a.name }));
}
