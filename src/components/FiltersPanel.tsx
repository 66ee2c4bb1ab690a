import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACET_NAMES, countFacet, type FacetName } from '../model/queries';
import { THEME_ORDER } from '../model/queries/themeOrder';
import { useAppStore } from '../state/StoreContext';
import { useAppData } from './DataContext';
import { displayText, placeNameOf } from './dataText';
import { FacetGroup, type FacetOption } from './FacetGroup';
import { useUiLang } from './useUiLang';
import { useVisibleEvents } from './useVisibleEvents';
import type { AppState } from '../state/createAppStore';

const selectFilters = (s: AppState) => s.filters;
const selectToggle = (s: AppState) => s.toggleFilter;
const selectClear = (s: AppState) => s.clearFilters;

/** Filters by theme, person, place, organisation and article, with live counts. */
export function FiltersPanel() {
  const { t } = useTranslation();
  const { lang } = useUiLang();
  const { events, sourceById } = useAppData();
  const { searched, visible } = useVisibleEvents();
  const filters = useAppStore(selectFilters);
  const toggle = useAppStore(selectToggle);
  const clear = useAppStore(selectClear);
  // Folded on phones so the events come first; open on wider screens.
  const [open, setOpen] = useState(
    () => typeof matchMedia !== 'function' || !matchMedia('(max-width: 60rem)').matches,
  );

  // Human labels for facet keys, gathered once from all events.
  const labels = useMemo(() => {
    const m: Record<FacetName, Map<string, string>> = {
      themes: new Map(THEME_ORDER.map((th) => [th, t(`lane.${th}`)])),
      actors: new Map(),
      places: new Map(),
      organisations: new Map(),
      sources: new Map(),
    };
    for (const e of events) {
      for (const a of e.actors) m.actors.set(a.name, displayText(a.name, lang, e.summary.lang));
      for (const p of e.places) m.places.set(p.id, placeNameOf(p, lang));
      for (const o of e.organisations) m.organisations.set(o.id, displayText(o.name, lang));
      for (const s of e.sources) {
        const src = sourceById.get(s.sourceId);
        m.sources.set(s.sourceId, displayText(src?.title || s.sourceId, lang, src?.language));
      }
    }
    return m;
  }, [events, sourceById, lang, t]);

  // Folded (on phones), no group is on screen: nothing to count or render. Counting is the costly
  // part at 100,000 events (hundreds of ms): only when the events, filters or labels change, not
  // on every re-render of the page (a zoom or a drag settling).
  const groups = useMemo(
    () =>
      (open ? FACET_NAMES : []).map((facet) => {
        const counts = countFacet(searched, filters, facet);
        // Offer every known option (with 0 when the other filters exclude it), themes in lane order.
        const keys = facet === 'themes' ? [...labels.themes.keys()] : [...labels[facet].keys()];
        const options: FacetOption[] = keys
          .map((key) => ({
            key,
            label: labels[facet].get(key) ?? key,
            count: counts.get(key) ?? 0,
            checked: filters[facet].includes(key),
          }))
          .filter((o) => facet !== 'themes' || o.count > 0 || o.checked);
        for (const key of filters[facet]) {
          if (!labels[facet].has(key)) options.push({ key, label: key, count: 0, checked: true });
        }
        if (facet !== 'themes')
          options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
        return { facet, options };
      }),
    [open, searched, filters, labels],
  );
  const active = FACET_NAMES.some((f) => filters[f].length > 0);

  return (
    <nav className="filters" aria-labelledby="filters-title">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="filters-title">{t('filters.title')}</h2>
        </summary>
        <p className="filters-shown" role="status">
          {t('filters.shown', { count: visible.length, total: events.length })}
        </p>
        {groups.map(({ facet, options }) => (
          <FacetGroup
            key={facet}
            legend={t(`filters.${facet}`)}
            options={options}
            onToggle={(key) => toggle(facet, key)}
            collapsible={facet !== 'themes'}
          />
        ))}
        {active && (
          <button type="button" className="text-button" onClick={clear}>
            {t('filters.clear')}
          </button>
        )}
      </details>
    </nav>
  );
}
