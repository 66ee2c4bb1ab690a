/**
 * A date in what a verb of saying or promising reports, after it, is of what was said, not of the
 * saying: "Аким заявил, что замена вывесок завершится до конца 2019 года" and "Он пообещал открыть
 * приемные до конца 2024 года" were said on the news day. Sentences written for this test,
 * generated over genders and numbers, the verbs, the "что" clause and the infinitive, and dates.
 */
import { describe, expect, it } from 'vitest';
import { ruInWhatWasSaid } from '../../../../../../scripts/extract/locales/ru/events/saying';
import { extractSentences as eventsOf } from '../../../events/extractSentences';
import { ACTOR, GENDERS, PAST } from './ruGenders';

const PUBLISHED = '2024-02-14';
const statements = (text: string) =>
  eventsOf('ru', text, PUBLISHED)
    .events.filter((e) => e.type === 'statement')
    .map((e) => e.date.edtf);

const DATES: Array<[string, string]> = [
  ['до конца 2025 года', '2025'],
  ['в 2026 году', '2026'],
  ['к 1 сентября', '2024-09-01'],
];
const SAID = [
  (verb: string, date: string) => `${verb}, что ремонт дорог завершится ${date}`,
  (verb: string, date: string) => `${verb} журналистам, что все дороги отремонтируют ${date}`,
];
const PROMISED = [
  (verb: string, date: string) => `${verb} отремонтировать все дороги ${date}`,
  (verb: string, date: string) => `${verb} открыть приемные во всех районах ${date}`,
];

describe('a date in what was said or promised does not date the saying', () => {
  for (const g of GENDERS)
    for (const [date, value] of DATES) {
      for (const shape of SAID) {
        const text = `${ACTOR[g]} ${shape(`заяви${PAST[g]}`, date)}.`;
        it(`${text} → statement of the day, not ${value}`, () => {
          const got = statements(text);
          expect(got).toContain(PUBLISHED);
          expect(got).not.toContain(value);
        });
      }
      for (const shape of PROMISED) {
        const text = `${ACTOR[g]} ${shape(`пообеща${PAST[g]}`, date)}.`;
        it(`${text} → statement of the day, not ${value}`, () => {
          const got = statements(text);
          expect(got).toContain(PUBLISHED);
          expect(got).not.toContain(value);
        });
      }
    }
});

describe('what follows the verb', () => {
  const at = (text: string) => {
    const s = { text, start: 0, index: 0, paragraph: 0 } as never;
    const verb = /заявил|пообещал|выступил/u.exec(text)!;
    return ruInWhatWasSaid(s, verb.index + verb[0].length, text.indexOf('5 мая'));
  };
  it.each([
    'Министр заявил, что съезд пройдет 5 мая.',
    'Министр заявил журналистам, что 5 мая пройдет съезд.',
    'Министр пообещал провести съезд 5 мая.',
    'Министр пообещал открыться 5 мая.',
  ])('said: %s', (text) => expect(at(text)).toBe(true));
  it.each([
    'Министр заявил 5 мая, что съезд пройдет.',
    'Министр выступил с заявлением 5 мая.',
    'Министр заявил в интервью 5 мая.',
    'Министр пообещал путь к реформе 5 мая.',
  ])("the saying's own: %s", (text) => expect(at(text)).toBe(false));
});
