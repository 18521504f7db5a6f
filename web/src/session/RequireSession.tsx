import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './session';

/** Pages other than sign-in need a token; without one, sign in first and come back to the same address. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const location = useLocation();
  if (token === null) {
    const back = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${back}`} replace />;
  }
  return children;
}
