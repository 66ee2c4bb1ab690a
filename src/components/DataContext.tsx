import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { EventsFile, Source } from '../model/schema';
import { sortEvents } from '../model/queries';

/** The loaded events file plus lookups every view needs. Loaded data, not UI state: not in the store. */
export interface AppData {
  file: EventsFile;
  /** Events in timeline order (start of range, then id). */
  events: EventsFile['events'];
  sourceById: ReadonlyMap<string, Source>;
}

const DataContext = createContext<AppData | null>(null);

export function DataProvider({ file, children }: { file: EventsFile; children: ReactNode }) {
  const value = useMemo<AppData>(
    () => ({
      file,
      events: sortEvents(file.events),
      sourceById: new Map(file.sources.map((s) => [s.id, s])),
    }),
    [file],
  );
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

export function useAppData(): AppData {
  const data = useContext(DataContext);
  if (data === null) throw new Error('useAppData outside <DataProvider>');
  return data;
}
