import { useRef, type KeyboardEvent, type ReactElement } from 'react';

export interface LegendLabels {
  title: string;
  point: string;
  span: string;
  open: string;
  planned: string;
  cluster: string;
  gap: string;
  selected: string;
}

const W = 28;
const H = 14;
const LANE = 'var(--tl-lane-party, #1f5fa8)';

// Each swatch draws the mark exactly as the timeline does (TimelineMarkView), in small.
const SWATCHES: Record<keyof Omit<LegendLabels, 'title'>, ReactElement> = {
  point: <circle cx={W / 2} cy={H / 2} r={5} style={{ fill: LANE, stroke: LANE }} />,
  span: <rect x={2} y={4} width={W - 4} height={6} style={{ fill: LANE }} />,
  open: (
    <>
      <defs>
        <linearGradient id="tl-legend-fade" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" style={{ stopColor: LANE, stopOpacity: 1 }} />
          <stop offset="1" style={{ stopColor: LANE, stopOpacity: 0 }} />
        </linearGradient>
      </defs>
      <rect x={2} y={4} width={W - 4} height={6} style={{ fill: 'url(#tl-legend-fade)' }} />
    </>
  ),
  planned: (
    <circle
      cx={W / 2}
      cy={H / 2}
      r={5}
      style={{ fill: 'var(--tl-c-bg)', stroke: LANE }}
      strokeWidth={1.5}
      strokeDasharray="2 2"
    />
  ),
  cluster: (
    <>
      <rect x={4} y={1} width={W - 8} height={H - 2} rx={6} style={{ fill: LANE }} />
      <text x={W / 2} y={H / 2 + 4} textAnchor="middle" className="tl-cluster-text">
        3
      </text>
    </>
  ),
  gap: (
    <>
      <rect x={6} y={0} width={W - 12} height={H} className="tl-gap" />
      <line x1={6} x2={6} y1={0} y2={H} className="tl-gap-edge" />
      <line x1={W - 6} x2={W - 6} y1={0} y2={H} className="tl-gap-edge" />
    </>
  ),
  selected: (
    <>
      <rect x={1} y={1} width={W - 2} height={H - 2} rx={3} className="tl-legend-selected" />
      <circle cx={8} cy={H / 2} r={4} style={{ fill: LANE }} />
    </>
  ),
};

/**
 * What every mark style means, in a compact disclosure beside the zoom buttons (closed by
 * default, so it takes one button's room; Esc closes it and gives focus back to its summary).
 */
export function TimelineLegend({ labels }: { labels: LegendLabels }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const details = ref.current;
    if (e.key !== 'Escape' || !details?.open) return;
    e.stopPropagation();
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  return (
    <details ref={ref} className="tl-legend" onKeyDown={onKeyDown}>
      <summary>{labels.title}</summary>
      <ul className="tl-legend-list">
        {(Object.keys(SWATCHES) as (keyof typeof SWATCHES)[]).map((key) => (
          <li key={key}>
            {/* In em, so the swatches grow with the words on a 4K projector. */}
            <svg
              width="2em"
              height="1em"
              viewBox={`0 0 ${W} ${H}`}
              aria-hidden="true"
              className="tl-legend-swatch"
            >
              {SWATCHES[key]}
            </svg>
            <span>{labels[key]}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
