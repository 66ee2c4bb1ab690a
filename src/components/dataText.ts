import type { Event, Localized, Place } from '../model/schema';
import { toKazakhLatin } from '../model/translit';
import type { Lang } from '../state/viewState';

/**
 * Text from the data as the reader should see it: in the kk-latn view, Kazakh (Cyrillic) text
 * is transliterated; Russian source text stays as written (it is a quote, not a translation).
 */
export function displayText(text: string, lang: Lang, textLang: 'kk' | 'ru' = 'kk'): string {
  return lang === 'kk-latn' && textLang === 'kk' ? toKazakhLatin(text) : text;
}

/** A generated, localized string in the UI language. */
export function localized(value: Localized, lang: Lang): string {
  return lang === 'kk-latn' ? toKazakhLatin(value.kk) : value[lang];
}

/** The event's title in the UI language. */
export function titleOf(event: Event, lang: Lang): string {
  return localized(event.title, lang);
}

export function placeNameOf(place: Pick<Place, 'name'>, lang: Lang): string {
  return localized(place.name, lang);
}
