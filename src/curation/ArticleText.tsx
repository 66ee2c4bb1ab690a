import { useMemo } from 'react';
import type { Event, Unplaced } from '../model/schema';
import { markRuns, type Mark } from './markSpans';

interface Props {
  text: string;
  events: Event[];
  unplaced: Unplaced[];
  /** Candidate currently looked at: its evidence is outlined. */
  focus: number | null;
  label: string;
}

/** The article as read, with every candidate's evidence and every found date expression marked. */
export function ArticleText({ text, events, unplaced, focus, label }: Props) {
  const runs = useMemo(() => {
    const marks: Mark[] = [];
    events.forEach((e, index) => {
      for (const s of e.sources)
        for (const ev of s.evidence) marks.push({ ...ev, kind: 'event', index });
      const x = e.date.evidence?.expression;
      if (x) marks.push({ start: x.start, end: x.end, kind: 'date', index });
    });
    for (const u of unplaced) {
      if (u.kind === 'date-expression' && u.evidence)
        marks.push({ ...u.evidence, kind: 'date', index: -1 });
    }
    return markRuns(text, marks);
  }, [text, events, unplaced]);
  const first = new Set<number>();
  return (
    <section className="cur-text" aria-label={label} tabIndex={0}>
      {runs.map((r) => {
        if (r.event === undefined && !r.date) return <span key={r.start}>{r.text}</span>;
        const id = r.event !== undefined && !first.has(r.event) ? `cur-ev-${r.event}` : undefined;
        if (r.event !== undefined) first.add(r.event);
        const cls = [
          r.event !== undefined ? 'cur-ev' : '',
          r.date ? 'cur-date' : '',
          r.event !== undefined && r.event === focus ? 'cur-focus' : '',
        ].join(' ');
        return (
          <mark key={r.start} id={id} className={cls.trim()}>
            {r.text}
          </mark>
        );
      })}
    </section>
  );
}
