/**
 * A candidate winning or losing the vote on a day ("победил выдвиженец партии", "самовыдвиженец
 * уступил бывшему заместителю акима", "выдвиженка партии одержала победу") is the election's, on
 * that day. "Выдвиженец" loses its е before an ending (выдвиженца, выдвиженцы), and a woman is
 * "выдвиженка": every form names a candidate. A team winning is no vote. Generated: the verbs in
 * each gender × candidates in each form × sentence shapes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

// [the candidate, the verbs in its gender]
const CANDIDATES: Array<[string, string[]]> = [
  ['выдвиженец партии AMANAT Ерлан Кусаинов', ['победил', 'одержал победу']],
  ['самовыдвиженец Виктор Ланге', ['победил', 'одержал уверенную победу']],
  ['выдвиженка партии «Ауыл» Алия Омарова', ['победила', 'одержала победу']],
  ['самовыдвиженка Дана Ахметова', ['победила', 'одержала победу']],
  ['кандидат от партии «Ак жол» Айдар Серикбаев', ['победил', 'одержал победу']],
];
const LOSERS: Array<[string, string]> = [
  ['Самовыдвиженец Виктор Ланге', 'уступил'],
  ['Выдвиженец партии «Respublica» Серик Жумабаев', 'уступил'],
  ['Выдвиженка партии «Ауыл» Алия Омарова', 'уступила'],
  ['Выдвиженцы двух партий', 'уступили'],
];
const DAYS: Array<[string, string]> = [
  ['16 марта', '2025-03-16'],
  ['в воскресенье, 16 марта,', '2025-03-16'],
  ['9 марта', '2025-03-09'],
];

const wins = CANDIDATES.flatMap(([who, verbs]) =>
  verbs.flatMap((verb) =>
    DAYS.map(([day, edtf]): [string, string] => [
      `${day[0]!.toUpperCase()}${day.slice(1)} в Шемонаихинском районе ${verb} ${who}.`,
      edtf,
    ]),
  ),
);
const losses = LOSERS.flatMap(([who, verb]) =>
  DAYS.map(([day, edtf]): [string, string] => [
    `${who} ${day.replace(/,$/u, '')} ${verb} бывшему заместителю акима района.`,
    edtf,
  ]),
);

describe('Russian: a candidate won or lost the vote', () => {
  const cases = [...wins, ...losses];
  it('spells the forms', () => expect(cases.length).toBeGreaterThan(40));
  it.each(cases)('an election cue: %s', (sentence) => {
    expect(findTriggers(sentence, 'ru').map((h) => h.trigger.type)).toContain('election');
  });
  it.each(cases)('the election of its day: %s', (sentence, edtf) => {
    const text = ['Районные акимы избраны', `Выборы акимов районов. ${sentence}`].join('\n\n');
    const elections = eventsOf('ru', text, '2025-03-18').events.filter(
      (e) => e.type === 'election',
    );
    expect(elections.map((e) => e.date.edtf)).toContain(edtf);
  });

  it.each([
    'Сборная Казахстана 16 марта победила команду Узбекистана.',
    'Наш боксер 16 марта уступил сопернику в финале.',
    'Выдвиженцы партии 16 марта провели встречу с жителями.',
  ])('no vote won: %s', (sentence) => {
    const types = findTriggers(sentence, 'ru')
      .filter((h) => /победи|уступи/u.test(h.text))
      .map((h) => h.trigger.type);
    expect(types).not.toContain('election');
  });
});
