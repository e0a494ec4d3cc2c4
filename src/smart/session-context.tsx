import { createContext, useContext } from 'react';
import type { SmartSession } from './types';

export const SessionContext = createContext<SmartSession | null>(null);

/** The current launch. Only rendered under the dashboard, where a session always exists. */
export function useSession(): SmartSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside a SessionContext provider');
  return session;
}
