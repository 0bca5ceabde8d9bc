import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../api/api-client';

/** An API token as the server lists it: never its secret, which is shown once at creation. */
export type ApiToken = { id: string; user_id: string; name: string; created_at: string; last_used_at?: string | null; revoked_at?: string | null };

/** The signed-in user's API tokens. */
export function useTokens(enabled: boolean) {
  return useQuery({
    queryKey: ['tokens'],
    enabled,
    queryFn: ({ signal }) => apiGet<{ items: ApiToken[] }>('/tokens', {}, signal).then((r) => r.items),
  });
}

/** Creates a token; the answer carries its secret, the only time it is shown. */
export function useCreateToken() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => apiSend<ApiToken & { secret: string; note?: string }>('POST', '/tokens', { name }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

/** Revokes a token: programs using it stop being let in. */
export function useRevokeToken() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<ApiToken>('DELETE', `/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
