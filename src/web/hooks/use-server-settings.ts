import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../api/api-client';

/** Whether anyone may read the record, or only people signed in. */
export type ReadAccess = 'public' | 'private';
/** GET /settings: admins only; `fixed_by_config` when the server was started with the choice made. */
export type ServerSettings = { read_access: ReadAccess; fixed_by_config: boolean };

/** The server's settings, read only when the caller is an admin. */
export function useServerSettings(enabled: boolean) {
  return useQuery({ queryKey: ['server-settings'], enabled, queryFn: ({ signal }) => apiGet<ServerSettings>('/settings', {}, signal) });
}

/** Changes whether reads are public. */
export function useSetReadAccess() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (read_access: ReadAccess) => apiSend<ServerSettings>('PUT', '/settings', { read_access }),
    onSuccess: (answer) => queries.setQueryData(['server-settings'], answer),
  });
}
