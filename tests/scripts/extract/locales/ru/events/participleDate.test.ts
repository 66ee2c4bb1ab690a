/**
 * A participle phrase set off after an event's noun describes it, date and all: "в разгар
 * протестов, начавшихся в Жанаозене 2 января" (the protests of 2 January, whatever day the main
 * clause gives), "сенаторов, избранных в январе 2023 года" (the election of January 2023, though
 * the participle is background). Sentences written for this test, generated over the noun's gender
 * and number and the participle's kind: active past in -вш- and -дш-, reflexive, passive in -нн-
 * and -т-.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const dated = (text: string, type: string) =>
  eventsOf('ru', text, '2023-06-30')
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

/** A protest noun in the genitive and participles agreeing with it. */
const DESCRIBED: Array<[string, string[]]> = [
  ['митинга', ['начавшегося', 'прошедшего', 'состоявшегося', 'объявленного', 'начатого']],
  ['забастовки', ['начавшейся', 'прошедшей', 'состоявшейся', 'объявленной', 'начатой']],
  ['протестов', ['начавшихся', 'прошедших', 'состоявшихся', 'объявленных', 'начатых']],
];

describe('a participle phrase after the noun dates it', () => {
  for (const [noun, participles] of DESCRIBED)
    for (const participle of participles) {
      const text = `Правительство ушло в отставку 5 января, в разгар ${noun}, ${participle} в Жанаозене 2 января.`;
      it(`${text} → the protest of 2 January`, () => {
        const got = dated(text, 'other');
        expect(got).toContain('2023-01-02');
        expect(got).not.toContain('2023-01-05');
        expect(dated(text, 'resignation')).toContain('2023-01-05');
      });
    }
});

describe('an elected body described by its participle and date', () => {
  it.each([
    ['Это коснется и сенаторов, избранных в январе 2023 года.', '2023-01'],
    ['Это коснется и депутатов, избранных в марте 2021 года.', '2021-03'],
    ['Реформа затронет акимов, избранных в 2021 году.', '2021'],
  ])('%s → election %s', (text, date) => expect(dated(text, 'election')).toContain(date));
});

/** A vote whose results are told, with its participle and date after it, in each gender and number. */
const RESULTS: Array<[string, string, string]> = [
  ['выборов в Мажилис', 'прошедших', 'election'],
  ['выборов в Мажилис', 'состоявшихся', 'election'],
  ['референдума', 'прошедшего', 'referendum'],
  ['референдума', 'состоявшегося', 'referendum'],
];

describe('results of a vote described by its participle and date', () => {
  for (const [vote, participle, type] of RESULTS)
    for (const [head, verb] of [
      ['итоги', 'объявила'],
      ['результаты', 'огласила'],
    ]) {
      const text = `Вчера комиссия ${verb} предварительные ${head} ${vote}, ${participle} 19 марта.`;
      it(`${text} → ${type} of 19 March`, () => expect(dated(text, type)).toContain('2023-03-19'));
    }
  it('with no date in the participle phrase the vote stays only whose results they are', () =>
    expect(
      dated('Вчера комиссия объявила итоги выборов в Мажилис, прошедших спокойно.', 'election'),
    ).toEqual([]));
});
