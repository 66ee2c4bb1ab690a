/**
 * "накануне" before a past verb is the day before, in every gender and number ("накануне
 * принял", "приняла", "приняло", "приняли", "подала", "собрались"), not only the masculine that
 * ends in a consonant; before a genitive it stays the eve of an event ("накануне выборов",
 * "накануне начала голосования", "накануне визита посла"). Generated forms and sentences.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const tagged = (text: string) =>
  tagDates(text, { lang: 'ru', dct: '2024-12-14' }).map((t) => `${t.text} ${t.value}`);

const STEMS = ['принял', 'подписал', 'одобрил', 'собрал', 'провел', 'объявил', 'заявил'];
const ENDINGS = ['', 'а', 'о', 'и', 'ся', 'ась', 'ись'];

describe('"накануне" before a past verb', () => {
  it('every stem, gender and number: the day before publication', () => {
    const wrong = STEMS.flatMap((stem) =>
      ENDINGS.map((e) => `Депутаты накануне ${stem}${e} решение .`).filter(
        (s) => tagged(s).join() !== 'накануне 2024-12-13',
      ),
    );
    expect(wrong).toEqual([]);
  });
  it.each([
    'Встреча прошла накануне выборов .',
    'Встреча прошла накануне начала голосования .',
    'Накануне визита посла Мажилис провел заседание .',
    'Накануне дела о взятке аким ушел в отпуск .',
  ])('before a genitive it is an eve, no date: %s', (s) => {
    expect(tagged(s)).toEqual([]);
  });
});
