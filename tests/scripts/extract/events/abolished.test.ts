/**
 * An abolition names what it abolishes: "Өлім жазасы 10 ақпанда жойылды" was titled "Event" and
 * "Смертная казнь была отменена 10 февраля" "Political reforms", though the cue's own noun says
 * what went (events/abolished.ts, locales/<lang>/lexicon/abolishedWords.ts). Generated over nouns
 * and tenses; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

// [sentence, date, English title, local title]
type Row = readonly [string, string, string, string];

const RU: Row[] = [
  ['Смертная казнь была отменена 10 февраля.', '2025-02-10', 'The death penalty is abolished', 'Смертная казнь отменена'],
  ['10 февраля отменили мораторий на продажу земли.', '2025-02-10', 'A moratorium is lifted', 'Мораторий отменён'],
  ['Квота будет отменена 20 марта.', '2025-03-20', 'A quota to be abolished', 'Квота будет отменена'],
  ['10 февраля был отменен особый статус Первого Президента.', '2025-02-10', "The First President's status is abolished", 'Статус Первого Президента отменён'],
]; // prettier-ignore

const KK: Row[] = [
  ['Өлім жазасы 10 ақпанда жойылды.', '2025-02-10', 'The death penalty is abolished', 'Өлім жазасы жойылды'],
  ['Мораторий 20 наурызда жойылады.', '2025-03-20', 'A moratorium to be lifted', 'Мораторий жойылмақ'],
  ['Квота 10 ақпанда жойылды.', '2025-02-10', 'A quota is abolished', 'Квота жойылды'],
  ['Бұл шектеу 20 наурызда жойылады.', '2025-03-20', 'A restriction to be lifted', 'Шектеу жойылмақ'],
  ['Тұңғыш Президент мәртебесі 10 ақпанда жойылды.', '2025-02-10', "The First President's status is abolished", 'Тұңғыш Президент мәртебесі жойылды'],
]; // prettier-ignore

const cases = [...RU.map((r) => ['ru', ...r] as const), ...KK.map((r) => ['kk', ...r] as const)];

describe('an abolition names what it abolishes', () => {
  it.each(cases)('%s: %s', (lang, text, date, en, local) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([`${date} ${en}`]);
    expect(events.map((e) => e.title[lang])).toEqual([local]);
  });
});
