import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundleFileName, fromBundle, toBundle } from './bundle';
import type { Collection } from './collection';
import { indexedDbApi, type CollectionsApi } from './collectionsApi';

interface Props {
  api?: CollectionsApi;
  confirm?: (message: string) => boolean;
}

/** Saves a file through an object URL: nothing leaves the page. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The teacher's collections: show or hide each on the timeline, export, import, delete. */
export function CollectionsTab({ api = indexedDbApi, confirm = (m) => window.confirm(m) }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [list, setList] = useState<Collection[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useCallback(() => void api.list().then(setList), [api]);
  useEffect(refresh, [refresh]);
  const update = async (c: Collection) => {
    await api.put(c);
    refresh();
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const c = fromBundle(await file.text());
      await api.put(c);
      setMessage(t('curation.collections.imported', { name: c.name, events: c.events.length }));
      refresh();
    } catch (e) {
      setMessage(t('curation.collections.importError', { message: (e as Error).message }));
    }
  };
  return (
    <div className="cur-collections">
      {list !== null && list.length === 0 && <p>{t('curation.collections.empty')}</p>}
      <ul>
        {(list ?? []).map((c) => (
          <li key={c.id}>
            <label>
              <input
                type="checkbox"
                checked={c.visible}
                onChange={() => void update({ ...c, visible: !c.visible })}
              />
              {t('curation.collections.show', { name: c.name })}
            </label>
            <p className="cur-hint">
              {t('curation.collections.count', {
                events: c.events.length,
                sources: c.sources.length,
              })}
            </p>
            <button type="button" onClick={() => download(toBundle(c), bundleFileName(c))}>
              {t('curation.collections.export', { name: c.name })}
            </button>
            <button
              type="button"
              onClick={() => {
                if (confirm(t('curation.collections.confirmDelete', { name: c.name })))
                  void api.remove(c.id).then(refresh);
              }}
            >
              {t('curation.collections.delete', { name: c.name })}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-imp`}>{t('curation.collections.import')}</label>
      <input
        id={`${id}-imp`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void onImport(e.target.files?.[0])}
      />
      <p role="status">{message}</p>
    </div>
  );
}
