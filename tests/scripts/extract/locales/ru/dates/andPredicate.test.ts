/**
 * Two predicates joined by a bare "и", each with a date of its own: the date on the far side of
 * the "и" is the other predicate's ("был избран 9 июня и вступил в должность 12 июня", "возглавлял
 * филиал с марта 2021 года и ушел в отставку в декабре 2022 года", "был принят в 2017 году и
 * применялся с 1 января 2018 года"). Sentences written for this test, generated over genders and
 * numbers, the past, the short passive and an adverb before the second verb.
 */
import { describe, expect, it } from 'vitest';
import { AND_PREDICATE } from '../../../../../../scripts/extract/locales/ru/ruVerbForms';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const dated = (text: string, type: string) =>
  eventsOf('ru', text, '2023-06-30')
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

/** A subject, its past of "работать" and of "уйти", by gender and number. */
const LEFT: Array<[string, string, string]> = [
  ['Аким района', 'работал', 'ушел'],
  ['Аким района', 'работал', 'ушёл'],
  ['Секретарь маслихата', 'работала', 'ушла'],
  ['Правительство области', 'работало', 'ушло'],
  ['Оба заместителя', 'работали', 'ушли'],
];
const BEFORE_VERB = ['', 'досрочно ', 'затем '];

describe('a date before "и" and a second verb is the first verb\'s', () => {
  for (const [subject, worked, left] of LEFT)
    for (const adverb of BEFORE_VERB) {
      const text = `${subject} ${worked} в акимате с марта 2021 года и ${adverb}${left} в отставку в декабре 2022 года.`;
      it(`${text} → resignation 2022-12`, () => {
        const got = dated(text, 'resignation');
        expect(got).toContain('2022-12');
        expect(got).not.toContain('2021-03');
      });
    }
  it.each([
    ['Он был избран 9 июня и вступил в должность 12 июня.', '2023-06-12'],
    ['Она была избрана 9 июня и вступила в должность 12 июня.', '2023-06-12'],
    ['Президент был избран 9 июня и торжественно вступил в должность 12 июня.', '2023-06-12'],
  ])('%s → inauguration %s', (text, date) => {
    const got = dated(text, 'inauguration');
    expect(got).toContain(date);
    expect(got).not.toContain('2023-06-09');
  });
});

describe('a date after "и" and a second verb is the second verb\'s', () => {
  it.each([
    'Налоговый кодекс был принят в 2017 году и применялся с 1 января 2018 года.',
    'Налоговый кодекс был принят в 2017 году и действовал с 1 января 2018 года.',
    'Закон был принят в 2017 году и вступил в силу 1 января 2018 года.',
  ])('%s → law 2017', (text) => expect(dated(text, 'law')).toContain('2017'));
});

describe('what "и" joins', () => {
  it.each([
    ' и вступил ',
    ' и ушла ',
    ' и применялся ',
    ' и досрочно ушли ',
    ' и принят ',
    ' и утверждена ',
    ' и вступит ',
    ' и проведут ',
  ])('a second predicate: "%s"', (s) => expect(AND_PREDICATE.test(s)).toBe(true));
  // Not a noun in -л, a second date, a name or a noun phrase.
  it.each([' и 10 ', ' и канал ', ' и Токаев ', ' и материал ', ' и совет ', ' и до конца '])(
    'no predicate: "%s"',
    (s) => expect(AND_PREDICATE.test(s)).toBe(false),
  );
  it('a single date before "и" still dates both verbs', () =>
    expect(dated('9 июня аким района ушел в отставку и покинул область.', 'resignation')).toContain(
      '2023-06-09',
    ));
});
