/**
 * "The day after" an event the sentence names ("на следующий день после выборов", "сайлаудан
 * кейінгі күні") counts from the day the text told that event, not from the day told last
 * (dates/nextDay.ts); a Kazakh noun left bare before a possessed one ("сайлау комиссиясы") names
 * no such event. Sentences written for the test, generated over event nouns and their forms.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const valueOf = (lang: 'kk' | 'ru', text: string, phrase: string) =>
  tagDates(text, { lang, dct: '2023-06-30' })
    .filter((t) => phrase.includes(t.text))
    .map((t) => t.value);

describe('ru: "на следующий день после X" is the day after X', () => {
  // [the event's sentence, the noun after "после"]
  const EVENTS: Array<[string, string]> = [
    ['Выборы в Мажилис прошли 19 марта.', 'выборов'],
    ['Съезд партии состоялся 19 марта.', 'съезда'],
    ['Референдум прошел 19 марта.', 'референдума'],
    ['Президент выступил с Посланием 19 марта.', 'Послания'],
  ];
  for (const [event, noun] of EVENTS)
    for (const form of ['На следующий день', 'Наутро'])
      it(`${event} … ${form} после ${noun} → 20 March`, () => {
        const text = `${event} Комиссия утвердила итоги 28 марта. ${form} после ${noun} президент встретился с лидерами партий.`; // prettier-ignore
        expect(valueOf('ru', text, form)).toEqual(['2023-03-20']);
      });

  it('"на следующий день" alone is the day after the day told last', () => {
    const text = 'Выборы прошли 19 марта. Комиссия утвердила итоги 28 марта. На следующий день президент встретился с лидерами партий.'; // prettier-ignore
    expect(valueOf('ru', text, 'На следующий день')).toEqual(['2023-03-29']);
  });
});

describe('kk: "X-тен кейінгі күні" is the day after X', () => {
  // [the event's sentence, the noun in the ablative]
  const EVENTS: Array<[string, string]> = [
    ['Мәжіліс депутаттарының сайлауы 19 наурызда өтті.', 'Сайлаудан'],
    ['Партия съезі 19 наурызда өтті.', 'Съезден'],
    ['Республикалық референдум 19 наурызда өтті.', 'Референдумнан'],
  ];
  // (The later day is told by a sentence naming the commission: "сайлау комиссиясы".)
  const LATER = 'Орталық сайлау комиссиясы 28 наурызда қорытындыны жариялады.';
  for (const [event, noun] of EVENTS)
    for (const form of ['кейінгі күні', 'кейінгі күнде'])
      it(`${event} … ${noun} ${form} → 20 March`, () => {
        const text = `${event} ${LATER} ${noun} ${form} Президент партия көшбасшыларымен кездесті.`;
        expect(valueOf('kk', text, form)).toEqual(['2023-03-20']);
      });

  it('"кейінгі күні" without an event in the ablative is no next day (recent days)', () => {
    const text = 'Сайлау 19 наурызда өтті. Кейінгі күні жаңбыр жауды.';
    expect(valueOf('kk', text, 'Кейінгі күні')).not.toEqual(['2023-03-20']);
  });
});
