import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, Source } from '../model/schema';
import { addArticle, newCollection, type Collection } from './collection';
import { indexedDbApi, type CollectionsApi } from './collectionsApi';

interface Props {
  source: Source;
  text: string;
  events: Event[];
  onBack: () => void;
  api?: CollectionsApi;
  /** Injected for tests: the time and the new collection's id. */
  now?: () => Date;
}

const NEW = '';

/** Where the accepted events go: an existing collection or a new one, named by the teacher. */
export function SaveToCollection({
  source,
  text,
  events,
  onBack,
  api = indexedDbApi,
  now = () => new Date(),
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [collections, setCollections] = useState<Collection[]>([]);
  const [target, setTarget] = useState(NEW);
  const [name, setName] = useState(() => t('curation.collections.defaultName'));
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.list().then((cs) => {
      if (!live) return;
      setCollections(cs);
      if (cs.length > 0) setTarget(cs[cs.length - 1]!.id);
    });
    return () => {
      live = false;
    };
  }, [api]);
  const save = async () => {
    const at = now();
    const base =
      collections.find((c) => c.id === target) ??
      newCollection(
        name.trim() || t('curation.collections.defaultName'),
        at.toISOString(),
        `c${at.getTime()}`,
      );
    const next = addArticle(base, source, text, events);
    await api.put(next);
    setCollections((cs) => [...cs.filter((c) => c.id !== next.id), next]);
    setTarget(next.id);
    setSaved(t('curation.review.saved', { count: events.length, name: next.name }));
  };
  return (
    <div className="cur-save">
      <label htmlFor={`${id}-c`}>{t('curation.review.collection')}</label>
      <select id={`${id}-c`} value={target} onChange={(e) => setTarget(e.target.value)}>
        {collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={NEW}>{t('curation.review.newCollection')}</option>
      </select>
      {target === NEW && (
        <>
          <label htmlFor={`${id}-n`}>{t('curation.review.collectionName')}</label>
          <input id={`${id}-n`} value={name} onChange={(e) => setName(e.target.value)} />
        </>
      )}
      <button
        type="button"
        className="cur-primary"
        disabled={events.length === 0}
        onClick={() => void save()}
      >
        {t('curation.review.save', { count: events.length })}
      </button>
      <button type="button" onClick={onBack}>
        {t('curation.review.back')}
      </button>
      <p role="status">{saved}</p>
    </div>
  );
}
