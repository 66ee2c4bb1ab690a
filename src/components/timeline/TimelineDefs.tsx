import type { Theme } from '../../model/schema';

/** Gradients for open intervals: solid at the known end, fading to nothing at the open end. */
export function TimelineDefs({ lanes, idPrefix }: { lanes: readonly Theme[]; idPrefix: string }) {
  return (
    <defs>
      {lanes.map((lane) => (
        <g key={lane}>
          <linearGradient id={`${idPrefix}-fade-${lane}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" style={{ stopColor: `var(--tl-lane-${lane})`, stopOpacity: 1 }} />
            <stop offset="1" style={{ stopColor: `var(--tl-lane-${lane})`, stopOpacity: 0 }} />
          </linearGradient>
          <linearGradient id={`${idPrefix}-fadein-${lane}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" style={{ stopColor: `var(--tl-lane-${lane})`, stopOpacity: 0 }} />
            <stop offset="1" style={{ stopColor: `var(--tl-lane-${lane})`, stopOpacity: 1 }} />
          </linearGradient>
        </g>
      ))}
    </defs>
  );
}
