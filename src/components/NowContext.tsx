import { createContext, useContext, type ReactNode } from 'react';

/**
 * "Today" for views that compare dates with it (a planned event whose day has passed). Given once
 * at the top (startApp.tsx passes Date.now()), so tests inject a fixed day and never read the clock.
 */
const NowContext = createContext<number | null>(null);

export function NowProvider({ nowMs, children }: { nowMs: number; children: ReactNode }) {
  return <NowContext.Provider value={nowMs}>{children}</NowContext.Provider>;
}

/** UTC milliseconds of "now", from the nearest <NowProvider>. */
export function useNowMs(): number {
  const now = useContext(NowContext);
  if (now === null) throw new Error('useNowMs outside <NowProvider>');
  return now;
}

/** "Now" when a provider gives it, else undefined (views that also render without one: the embed). */
export function useOptionalNowMs(): number | undefined {
  return useContext(NowContext) ?? undefined;
}
