/**
 * A cue its company sets aside at one place ("закон о выборах", the institution) may still stand
 * later in the sentence ("… и после выборов 15 января 2012 года"): findTriggers tries the next
 * match instead of dropping the trigger for the whole sentence. A term of a list of lapse days
 * after a verb of extending ("продлевал его – сначала до 30 апреля, потом до 11 мая") is still no
 * act of its own. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../scripts/extract/events/findTriggers';
import { kindsAndDays } from './extractSentences';

const electionAt = (lang: 'kk' | 'ru', s: string) =>
  findTriggers(s, lang)
    .filter((h) => h.trigger.type === 'election')
    .map((h) => s.slice(h.at, h.at + h.text.length));

describe('a cue set aside once may stand later', () => {
  it.each([
    [
      'Закон о выборах изменили, и после выборов 15 января 2012 года в Мажилисе оказались три партии.',
      'выборов',
    ],
    [
      'Систему выборов обсуждали долго, а выборы 10 января 2021 года прошли по старым правилам.',
      'выборы',
    ],
  ])('%s', (s, cue) => {
    const found = electionAt('ru', s);
    expect(found).toEqual([cue]);
  });
  it('the institution alone is still no vote', () => {
    expect(electionAt('ru', 'Закон о выборах изменили в прошлом году.')).toEqual([]);
  });
  it('through the pipeline, the later vote is dated', () => {
    expect(
      kindsAndDays(
        'ru',
        'Закон о выборах изменили, и после выборов 15 января 2012 года в Мажилисе оказались три партии.',
        '2024-12-14',
      ),
    ).toEqual(['election 2012-01-15']);
  });
});

describe('a list of lapse days after a verb of extending', () => {
  it.each([
    'Затем президент дважды продлевал его – сначала до 30 апреля, потом до 11 мая.',
    'Режим продлили до 15 апреля, затем до 1 мая.',
  ])('%s: no event on either day', (s) => {
    expect(kindsAndDays('ru', s, '2020-05-20')).toEqual([]);
  });
});
