import { useId } from 'react';

export interface ZoomControlsLabels {
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  /** Label of the year list, e.g. "Жылға өту". */
  jumpToYear: string;
}

export interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  /** Years that hold events (see yearsOf); one list entry each. */
  years: readonly number[];
  onJumpToYear: (year: number) => void;
  /** Visible words, from the app's i18n. */
  labels: ZoomControlsLabels;
  /** The year currently in view, shown as the list's value; null shows the placeholder. */
  currentYear?: number | null;
}

/**
 * Buttons for zoom in/out and fit-all plus a year-jump list. Stateless: the app turns the callbacks
 * into domain changes (zoomDomain, fitDomain, yearDomain from src/timeline).
 * @example <ZoomControls onZoomIn={…} onZoomOut={…} onFitAll={…} years={[2019, 2022]} onJumpToYear={…} labels={t} />
 */
export function ZoomControls(p: ZoomControlsProps) {
  const selectId = useId();
  return (
    <div className="tl-controls" role="group" aria-label={p.labels.jumpToYear}>
      <button
        type="button"
        onClick={p.onZoomIn}
        aria-label={p.labels.zoomIn}
        title={p.labels.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        onClick={p.onZoomOut}
        aria-label={p.labels.zoomOut}
        title={p.labels.zoomOut}
      >
        −
      </button>
      <button type="button" onClick={p.onFitAll}>
        {p.labels.fitAll}
      </button>
      {/* Label and list wrap together on a phone, never apart. */}
      <span className="tl-year">
        <label htmlFor={selectId}>{p.labels.jumpToYear}</label>
        <select
          id={selectId}
          value={
            p.currentYear != null && p.years.includes(p.currentYear) ? String(p.currentYear) : ''
          }
          onChange={(e) => e.target.value && p.onJumpToYear(Number(e.target.value))}
        >
          <option value="" disabled>
            —
          </option>
          {p.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}
