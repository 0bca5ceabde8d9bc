import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiSend, setCsrfToken } from './api-client';
import type { Role, User } from './types';

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, reviewer: 2, admin: 3 };

/** Who is signed in, and what they may do. */
export type Session = {
  user: User | null;
  /** False until the server has said whether this browser is signed in. */
  known: boolean;
  /** Whether the signed-in user has at least this role. */
  can(role: Role): boolean;
  signIn(name: string, password: string): Promise<void>;
  signOut(): Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [known, setKnown] = useState(false);
  const queries = useQueryClient();

  useEffect(() => {
    apiGet<{ user: User; csrf_token?: string }>('/session')
      .then((s) => {
        setCsrfToken(s.csrf_token);
        setUser(s.user);
      })
      .catch((e) => {
        if (!(e instanceof ApiError) || e.status !== 401) console.warn(e);
      })
      .finally(() => setKnown(true));
  }, []);

  const signIn = useCallback(async (name: string, password: string) => {
    const s = await apiSend<{ user: User; csrf_token: string }>('POST', '/session', { name, password });
    setCsrfToken(s.csrf_token);
    setUser(s.user);
    // Private servers answer reads only when signed in: read everything again.
    await queries.invalidateQueries();
  }, [queries]);

  const signOut = useCallback(async () => {
    await apiSend('DELETE', '/session').catch(() => undefined);
    setCsrfToken(undefined);
    setUser(null);
    await queries.invalidateQueries();
  }, [queries]);

  const value = useMemo<Session>(
    () => ({ user, known, can: (role) => !!user && !user.disabled && RANK[user.role] >= RANK[role], signIn, signOut }),
    [user, known, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}
