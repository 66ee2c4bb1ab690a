/**
 * A chamber approving a bill is the bill passing that chamber, titled with the chamber ("The
 * Mazhilis passes the bill"), not "Law" nor "A law is adopted" (the law is adopted when the
 * President signs it); a committee approving one is the committee's step. Sentences written for
 * the test, generated over the chambers and their members, the verbs and tenses.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const LEAD = { ru: 'Об этом сообщила пресс-служба палаты.', kk: 'Бұл туралы палатаның баспасөз қызметі хабарлады.' }; // prettier-ignore
const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, `${text} ${LEAD[lang]}`, '2025-03-12').events.map(
    (e) => `${e.type} ${e.status} ${e.title.en}`,
  );

const EN = { mazhilis: 'The Mazhilis', senate: 'The Senate', parliament: 'Parliament' } as const;
type Ch = keyof typeof EN;

// prettier-ignore
const KK_SUBJECTS: [string, Ch][] = [
  ['Мәжіліс', 'mazhilis'], ['Парламент Мәжілісі', 'mazhilis'], ['Мәжіліс депутаттары', 'mazhilis'],
  ['Сенат', 'senate'], ['Сенаторлар', 'senate'], ['Парламент', 'parliament'],
];
const KK_VERBS = ['мақұлдады', 'қабылдады'];
// prettier-ignore
const RU_SUBJECTS: [string, Ch, boolean][] = [
  ['Мажилис', 'mazhilis', false], ['Депутаты Мажилиса', 'mazhilis', true], ['Сенат', 'senate', false],
  ['Сенаторы', 'senate', true], ['Парламент', 'parliament', false],
];
const RU_VERBS = (many: boolean) => (many ? ['одобрили', 'приняли', 'поддержали'] : ['одобрил', 'принял', 'поддержал']); // prettier-ignore

describe('a chamber passing a bill', () => {
  it.each(KK_SUBJECTS.flatMap(([s, ch]) => KK_VERBS.map((v) => [s, v, ch] as const)))(
    'kk %s … %s',
    (subject, verb, ch) =>
      expect(titles('kk', `${subject} бүгін білім туралы заң жобасын ${verb}.`)).toEqual([
        `law reported ${EN[ch]} passes the bill`,
      ]),
  );
  it.each(RU_SUBJECTS.flatMap(([s, ch, many]) => RU_VERBS(many).map((v) => [s, v, ch] as const)))(
    'ru %s %s',
    (subject, verb, ch) =>
      expect(titles('ru', `${subject} в среду ${verb} законопроект об образовании.`)).toEqual([
        `law reported ${EN[ch]} passes the bill`,
      ]),
  );
  it.each([
    ['Мажилис одобрит законопроект об образовании 25 марта.', 'The Mazhilis'],
    ['Сенаторы примут проект закона об образовании 25 марта.', 'The Senate'],
  ])('ru planned: %s', (text, ch) =>
    expect(titles('ru', text)).toEqual([`law planned ${ch} to pass the bill`]),
  );
});

describe("a committee's approval is the committee's step", () => {
  it.each([
    [
      'ru',
      'Комитет Мажилиса по вопросам экологии одобрил законопроект об образовании.',
      'A Mazhilis',
    ],
    ['ru', 'Комитет Сената поддержал законопроект об образовании.', 'A Senate'],
    ['kk', 'Мәжілістің экология комитеті бүгін заң жобасын мақұлдады.', 'A Mazhilis'],
    ['kk', 'Сенаттың конституциялық заңнама комитеті заң жобасын қолдады.', 'A Senate'],
  ] as const)('%s %s', (lang, text, ch) =>
    expect(titles(lang, text)).toEqual([`law reported ${ch} committee approves the bill`]),
  );
});
