import { useId } from 'react';

export interface FacetOption {
  key: string;
  label: string;
  count: number;
  checked: boolean;
}

interface Props {
  legend: string;
  options: readonly FacetOption[];
  onToggle: (key: string) => void;
  /** Long lists (people, articles) start folded so the filters fit a phone screen. */
  collapsible?: boolean;
}

/** One filter dimension as a group of checkboxes, each with the count it would show. */
export function FacetGroup({ legend, options, onToggle, collapsible = false }: Props) {
  const id = useId();
  if (options.length === 0) return null;
  const body = (
    <ul className="facet-options">
      {options.map((o) => (
        <li key={o.key}>
          <label className={o.count === 0 && !o.checked ? 'facet-option is-empty' : 'facet-option'}>
            <input
              type="checkbox"
              checked={o.checked}
              onChange={() => onToggle(o.key)}
              disabled={o.count === 0 && !o.checked}
            />
            <span className="facet-label">{o.label}</span>
            <span className="facet-count" aria-hidden="true">
              {o.count}
            </span>
            <span className="visually-hidden">{` (${o.count})`}</span>
          </label>
        </li>
      ))}
    </ul>
  );
  const picked = options.filter((o) => o.checked).length;
  if (collapsible) {
    return (
      <details className="facet" open={picked > 0}>
        <summary id={id}>
          {legend}
          {picked > 0 && ` (${picked})`}
        </summary>
        <div role="group" aria-labelledby={id}>
          {body}
        </div>
      </details>
    );
  }
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {body}
    </fieldset>
  );
}
