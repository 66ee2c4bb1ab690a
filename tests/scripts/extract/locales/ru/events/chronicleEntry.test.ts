/**
 * A chronicle's entry: a sentence that opens on its day and a dash ("12 марта — …"), in any tense
 * (the historical present too), or on its day and a finite past ("2 февраля … покинули …"), tells
 * something that happened that day, when no other cue says what; and the paragraph's later
 * undated sentences go on at that day. Any other cue of the sentence, a weak one too, tells the
 * event instead. Sentences written for this test, generated over the day's shapes.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';

const PUBLISHED = '2023-06-30';
const eventsOf = (text: string) =>
  extractSentences('ru', text, PUBLISHED).events.map((e) => `${e.type} ${e.date.edtf}`);

/** The day as an entry opens on it, and the date it gives in an article of 30 June 2023. */
const DAYS: Array<[string, string]> = [
  ['12 марта', '2023-03-12'],
  ['1-го мая', '2023-05-01'],
  ['3–4 апреля', '2023-04-03'],
  ['4 августа 2021 года', '2021-08-04'],
  ['28 декабря 2019 г.', '2019-12-28'],
];
/** What the entry tells after a dash, in the past or the historical present. */
const AFTER_DASH = [
  'в Астану начали съезжаться делегаты',
  'в стране появляются три новых ведомства',
  'жители нескольких сел перекрывают трассу',
];
/** What it tells with no dash: a finite past. */
const PAST = [
  'последние наблюдатели покинули республику',
  'жители нескольких сел перекрыли трассу',
];

describe('a chronicle entry opening on its day', () => {
  for (const [day, date] of DAYS) {
    for (const dash of ['—', '–', '-'])
      it.each(AFTER_DASH)(`${day} ${dash} %s`, (clause) => {
        expect(eventsOf(`${day} ${dash} ${clause}.`)).toEqual([`other ${date}`]);
      });
    if (!day.endsWith('г.'))
      it.each(PAST)(`${day} %s`, (clause) => {
        expect(eventsOf(`${day} ${clause}.`)).toEqual([`other ${date}`]);
      });
  }

  it('the paragraph goes on at the entry’s day', () => {
    expect(
      eventsOf(
        '9 октября 2020 года – депутаты ратуют за новые правила. Столице вернули историческое название.',
      ),
    ).toEqual(['other 2020-10-09', 'renaming 2020-10-09']);
  });

  it.each([
    // A dateline, with no clause of its own.
    '18 марта 2024',
    '18 марта 2024, 10:15',
    // No finite verb and no dash: nothing is told.
    '12 марта в Астане.',
    // The day does not open the sentence.
    'Делегаты 12 марта покинули республику.',
  ])('no entry: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });

  it.each([
    ['14 сентября 2022 года президент Франции прилетел в Астану.', 'meeting 2022-09-14'],
    ['8 мая — делегация Венгрии прибыла в Астану.', 'meeting 2023-05-08'],
    ['12 марта — президент подписал указ о помиловании.', 'decree 2023-03-12'],
  ])('another cue tells the event: %s', (text, event) => {
    expect(eventsOf(text)).toEqual([event]);
  });

  it('stands aside for a weak cue too', () => {
    const hits = findTriggers('8 мая — делегация Венгрии прибыла в Астану.', 'ru');
    const entry = hits.find((h) => h.trigger.weakest);
    expect(entry?.standAside).toBe(true);
    expect(hits.some((h) => h.trigger.type === 'meeting' && !h.standAside)).toBe(true);
  });
});
