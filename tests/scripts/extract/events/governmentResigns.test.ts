/**
 * The Government resigning and someone laid the Prime Minister's duties in one sentence: the
 * resignation is the Government's own unless the text says someone accepted it, and the appointee's
 * post is the acting premiership, not "the Government" (no one's post). Sentences written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2019-02-22').events.map((e) => `${e.type}: ${e.title.en}`);

describe('a government resigns, an acting premier is named', () => {
  it.each([
    'Кеше Мемлекет басшысының мәлімдемесінен кейін тұтас Үкімет отставкаға кетіп, Үкімет басшысы міндеті уақытша бірінші вице-премьер Асқар Маминге жүктелді.',
    'Кеше Мемлекет басшысының мәлімдемесінен кейін Үкімет отставкаға кетті, Премьер-министр міндеті Асқар Маминге жүктелді.',
  ])('kk: %s', (sentence) => {
    const got = titles('kk', sentence);
    expect(got).toContain('resignation: The Government resigns');
    expect(got).toContain('appointment: Askar Mamin appointed acting Prime Minister');
  });
  it('an accepted resignation names who accepted it', () => {
    expect(
      titles('kk', 'Кеше Мемлекет басшысы Қасым-Жомарт Тоқаев Үкіметтің отставкасын қабылдады.'),
    ).toContain(
      // prettier-ignore
      "resignation: Kassym-Jomart Tokayev accepts the Government's resignation",
    );
    expect(
      titles('ru', 'Вчера президент Касым-Жомарт Токаев принял отставку правительства.'),
    ).toContain(
      // prettier-ignore
      "resignation: Kassym-Jomart Tokayev accepts the Government's resignation",
    );
    expect(titles('ru', 'Вчера правительство ушло в отставку.')).toContain(
      'resignation: The Government resigns',
    );
  });
});

// Who accepted a Government's resignation is the head of state, not the premier named as the one
// who headed that Government (the title was "Alikhan Smailov accepts the Government's resignation").
const ACCEPTED_RU = [
  'Касым-Жомарт Токаев',
  'Президент Касым-Жомарт Токаев',
  'Глава государства Касым-Жомарт Токаев',
];
const HEADED_RU = [
  'во главе с Алиханом Смаиловым',
  'Алихана Смаилова',
  'под руководством Аскара Мамина',
  'во главе с премьер-министром Аскаром Маминым',
];
const ACCEPTED_KK = [
  'Қасым-Жомарт Тоқаев',
  'Президент Қасым-Жомарт Тоқаев',
  'Мемлекет басшысы Қасым-Жомарт Тоқаев',
];
const HEADED_KK = [
  'Әлихан Смайылов басқарған Үкіметтің',
  'Асқар Мамин басқаратын Үкіметтің',
  'Премьер-министр Әлихан Смайылов бастаған Үкіметтің',
];
describe('an accepted resignation names the head of state, not the premier', () => {
  it.each(ACCEPTED_RU.flatMap((who) => HEADED_RU.map((gov) => [who, gov])))(
    'ru: %s … %s',
    (who, gov) => {
      const got = titles('ru', `Вчера ${who} принял отставку правительства ${gov}.`);
      expect(got).toContain(
        "resignation: Kassym-Jomart Tokayev accepts the Government's resignation",
      );
      expect(got.join(' ')).not.toMatch(/(?:Smailov|Mamin) accepts/u);
    },
  );
  it.each(ACCEPTED_KK.flatMap((who) => HEADED_KK.map((gov) => [who, gov])))(
    'kk: %s … %s',
    (who, gov) => {
      const got = titles('kk', `Кеше ${who} ${gov} отставкасын қабылдады.`);
      expect(got).toContain(
        "resignation: Kassym-Jomart Tokayev accepts the Government's resignation",
      );
      expect(got.join(' ')).not.toMatch(/(?:Smailov|Mamin) accepts/u);
    },
  );
});
