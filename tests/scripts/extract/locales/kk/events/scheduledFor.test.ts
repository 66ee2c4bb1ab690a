/**
 * A Kazakh vote or gathering set for a day is ahead of the setting, whatever that verb's tense:
 * "Құжатта сайлауды 2019 жылдың 9 маусымына тағайындау көзделген" (test sentence written for the
 * check), in an article with no publication date, gave an election "reported" (held), because
 * "көзделген" is a past participle. The day in the dative before a verb of setting names the target
 * (locales/kk/events/scheduledFor.ts). Generated over event nouns (nominative and accusative),
 * date forms (bare, with the year's attributive and genitive, the month's genitive and a numeral's
 * possessive dative) and the setting verbs; the setting itself (a decree's cue) stays done, a past perfect ("белгіленген болатын") is a recall and a
 * day in the locative ("9 маусымда") is not a target.
 */
import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../../../../../scripts/extract/events/tense';
import { extractSentences } from '../../../events/extractSentences';

const NOUNS: [string, string, string][] = [
  ['Сайлау', 'Сайлауды', 'election'],
  ['Референдум', 'Референдумды', 'referendum'],
  ['Съезд', 'Съезді', 'congress'],
];
const DAYS = ['9 маусымға', '2019 жылғы 9 маусымға', '2019 жылдың 9 маусымына', 'маусымның 9-ына', '2019 жылғы 6 қазанға', 'қазанның 6-сына', '1 желтоқсанға']; // prettier-ignore
/** Verbs told of the event (nominative) and of its setter (accusative). */
const PASSIVE = ['белгіленді', 'тағайындалды', 'шақырылды', 'ауыстырылды', 'белгіленіп отыр'];
const ACTIVE = ['тағайындады', 'белгіледі', 'шақырды', 'тағайындау көзделген', 'шақыру жоспарланған', 'кейінге қалдырды']; // prettier-ignore
const FORMS = NOUNS.flatMap(([nom, acc, type]) =>
  DAYS.flatMap((d) => [
    ...PASSIVE.map((v) => [nom, `${nom} ${d} ${v}.`, type] as const),
    ...ACTIVE.map((v) => [acc, `Құжатта ${acc.toLowerCase()} ${d} ${v}.`, type] as const),
  ]),
);

const tense = (text: string, trigger: string) => {
  const at = text.toLowerCase().indexOf(trigger.toLowerCase());
  return tenseOf({ lang: 'kk', sentence: { text, start: 0, end: text.length, index: 0 } as never, at, trigger }); // prettier-ignore
};

describe('a Kazakh vote or gathering set for a day is ahead', () => {
  it.each(FORMS)('tense of %s: %s', (trigger, text) => {
    expect(tense(text, trigger)).toBe('future');
  });
  it.each(FORMS.filter(([, text]) => /2019/u.test(text)))('planned with no publication date: %s', (_, text, type) => {
    const found = extractSentences('kk', text, '').events.filter((e) => e.type === type);
    expect(found.map((e) => e.status)).toEqual(['planned']);
  }); // prettier-ignore
  it.each(NOUNS.flatMap(([nom]) => DAYS.map((d) => [nom, `${nom} ${d} белгіленген болатын.`])))(
    'a past perfect recalls: %s',
    (trigger, text) => expect(tense(text, trigger)).toBe('past'),
  );
  // (A cue that is the setting itself, a decree calling the vote, was done.)
  it.each(DAYS.map((d) => [`сайлауды ${d} тағайындады`, `Комиссия сайлауды ${d} тағайындады.`]))(
    'the setting itself is done: %s',
    (trigger, text) => expect(tense(text, trigger)).toBe('past'),
  );
  it.each(NOUNS.flatMap(([nom]) => ['белгіленді', 'өтті'].map((v) => [nom, `${nom} 9 маусымда ${v}.`])))(
    'a day in the locative is no target: %s',
    (trigger, text) => expect(tense(text, trigger)).toBe('past'),
  ); // prettier-ignore
});
