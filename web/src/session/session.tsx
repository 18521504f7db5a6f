import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createMeshClient } from '../graphql/client';

const STORAGE_KEY = 'mesh.token';

interface Session {
  token: string | null;
  signIn: (token: string) => void;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * The caller's token, kept in sessionStorage (gone with the tab, never sent anywhere but the gateway), and the
 * GraphQL client made with it. A new token makes a new client, so no answer of one principal serves another.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));
  const mesh = useMemo(() => createMeshClient(token ?? ''), [token]);
  useEffect(() => mesh.dispose, [mesh]);

  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(STORAGE_KEY, next);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setToken(null);
  }, []);
  const session = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);

  return (
    <SessionContext.Provider value={session}>
      <Provider value={mesh.client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside SessionProvider');
  return session;
}
