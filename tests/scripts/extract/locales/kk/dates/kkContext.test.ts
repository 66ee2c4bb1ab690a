import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

const DCT = '2022-03-01';
const spans = (text: string) =>
  tagDates(text, { lang: 'kk', dct: DCT }).map((t) => [t.text, t.value, t.endValue ?? null]);

// Month names that are also nouns or names need date context; general rules, one line each.
// prettier-ignore
const NOT_DATES: string[] = [
  'Көпшілікке Наурыз мерекесін ұйымдастырды.', // the holiday, capitalised mid-sentence
  'Қазір олар Қазан қаласында емделіп жатыр.', // the city
  'Бұл қазанның ерекшелігі тұтқаларында.', // a cauldron (genitive, no day or part after)
  'Жылу қазандықтарына жөндеу жүргіземіз.', // boilers: -дық is no month form
  'Туристік маусымда қонақ көп.', // the tourist season
  'Жаңа маусым басталды.', // a (TV, sports) season
  'Тоқаев Тамыз конференциясында айтқан болатын.', // the August conference
  '700-ден 2000 айлық есептік көрсеткішке дейін айыппұл.', // the monthly calculation index
];

// prettier-ignore
const DATES: [string, [string, string, string | null][]][] = [
  ['Наурыз айында қолжетімді болады.', [['Наурыз', '2022-03', null]]],
  ['Жұмыс қазанда бекітілді.', [['қазанда', '2021-10', null]]],
  ['Наурызда жиын өтеді.', [['Наурызда', '2022-03', null]]],
  ['Маусым айындағы оқиға', [['Маусым', '2022-06', null]]],
  ['Тамыз, қыркүйек айларында', [['Тамыз', '2022-08', null], ['қыркүйек', '2022-09', null]]],
  ['Былтырғы қазан мен қараша қарсыз болды.', [['Былтырғы қазан мен қараша', '2021-10', '2021-11']]],
  ['Наурыздың 5-і мен 14-і аралығында жарыс өтеді.', [['Наурыздың 5-і мен 14-і аралығында', '2022-03-05', '2022-03-14']]],
  ['19-ыншы жылғы 1-інші сәуірдегі статистика', [['19-ыншы жылғы 1-інші сәуірдегі', '2019-04-01', null]]],
  ['он тоғызыншы жылы', [['он тоғызыншы жылы', '2019', null]]],
  ['23-інші жылға дейін', [['23-інші жылға дейін', '2023', null]]],
  ['90-шы жылдары', [['90-шы жылдары', '199', null]]],
  ['2025нші жылдан бастап', [['2025нші жылдан', '2025', null]]],
  ['тоғызыншы мамыр қарсаңында', [['тоғызыншы мамыр', '2022-05-09', null]]],
  ['XXI ғасырда', [['XXI ғасырда', '20', null]]],
  ['ХХ ғасырдың басында', [['ХХ ғасырдың басында', '19', null]]],
  ['20-сыншы ғасырдағы Аустрия', [['20-сыншы ғасырдағы', '19', null]]],
  ['14-інші — 15-інші ғасырларда', [['14-інші — 15-інші ғасырларда', '13', '14']]],
  ['бес ғасыр бойы', [['бес ғасыр бойы', 'P500Y', null]]],
];

describe('tagDates (Kazakh, context)', () => {
  it.each(NOT_DATES)('tagDates(%j) finds no date', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each(DATES)('tagDates(%j) finds %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
