/**
 * The article cut into runs for highlighting: each run knows which candidate's evidence and
 * whether a date expression covers it. Pure, so the review screen only renders.
 */
export interface Mark {
  start: number;
  end: number;
  /** Candidate index, or -1 for a date expression alone. */
  kind: 'event' | 'date';
  index: number;
}

export interface Run {
  text: string;
  start: number;
  /** First candidate whose evidence covers the run, if any. */
  event?: number;
  date: boolean;
}

/** @example markRuns('a b', [{ start: 2, end: 3, kind: 'date', index: -1 }]) // ['a ', 'b'] */
export function markRuns(text: string, marks: Mark[]): Run[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start < m.end && m.end <= text.length) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const at = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const start = at[i]!;
    const end = at[i + 1]!;
    const covering = marks.filter((m) => m.start <= start && m.end >= end && m.start < m.end);
    const ev = covering.find((m) => m.kind === 'event');
    runs.push({
      text: text.slice(start, end),
      start,
      ...(ev ? { event: ev.index } : {}),
      date: covering.some((m) => m.kind === 'date'),
    });
  }
  return runs;
}
