import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

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

/** Options shown at first and added by each "show more": a list of thousands of articles
 *  would otherwise be thousands of elements, almost all out of sight. */
export const FACET_PAGE = 50;

/** The first `limit` options (the caller sorts the likeliest first), and every checked one. */
export function shownOptions(
  options: readonly FacetOption[],
  limit: number,
): readonly FacetOption[] {
  if (options.length <= limit) return options;
  return options.filter((o, i) => i < limit || o.checked);
}

function OptionList({ options, onToggle }: Pick<Props, 'options' | 'onToggle'>) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(FACET_PAGE);
  const shown = shownOptions(options, limit);
  const more = Math.min(FACET_PAGE, options.length - shown.length);
  return (
    <>
      <ul className="facet-options">
        {shown.map((o) => (
          <li key={o.key}>
            <label
              className={o.count === 0 && !o.checked ? 'facet-option is-empty' : 'facet-option'}
            >
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
      {more > 0 && (
        <button type="button" className="text-button" onClick={() => setLimit(limit + more)}>
          {t('filters.more', { count: more })}
        </button>
      )}
    </>
  );
}

/**
 * One filter dimension as a group of checkboxes, each with the count it would show. A folded
 * group renders no options (they are not on screen), and a long one shows FACET_PAGE at a time.
 */
export function FacetGroup({ legend, options, onToggle, collapsible = false }: Props) {
  const id = useId();
  const picked = options.filter((o) => o.checked).length;
  // Open while something is picked (as the `open` attribute did): a pick opens the group, and
  // clearing the filters folds it again; the reader may open or fold it in between.
  const [open, setOpen] = useState(picked > 0);
  const [wasPicked, setWasPicked] = useState(picked > 0);
  if (picked > 0 !== wasPicked) {
    setWasPicked(picked > 0);
    setOpen(picked > 0);
  }
  if (options.length === 0) return null;
  if (collapsible) {
    return (
      <details className="facet" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary id={id}>
          {legend}
          {picked > 0 && ` (${picked})`}
        </summary>
        <div role="group" aria-labelledby={id}>
          {open && <OptionList options={options} onToggle={onToggle} />}
        </div>
      </details>
    );
  }
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <OptionList options={options} onToggle={onToggle} />
    </fieldset>
  );
}
