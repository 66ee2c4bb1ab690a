import { useTranslation } from 'react-i18next';
import type { AppState } from '../state/createAppStore';
import { useAppStore } from '../state/StoreContext';

const selectQuery = (s: AppState) => s.query;
const selectSetQuery = (s: AppState) => s.setQuery;

/** Live full-text search; results update as you type (the search is in-memory and fast). */
export function SearchBox() {
  const { t } = useTranslation();
  const query = useAppStore(selectQuery);
  const setQuery = useAppStore(selectSetQuery);
  return (
    <form role="search" className="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="search-input" className="header-control-label">
        {t('search.label')}
      </label>
      <input
        id="search-input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQuery(e.target.value)}
      />
    </form>
  );
}
