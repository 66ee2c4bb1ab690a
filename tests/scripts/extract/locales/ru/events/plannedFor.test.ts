/**
 * "Запланирован на …" tells what is ahead in every gender and number of the short participle and
 * in the full one, as the date grammar already read it: an event planned in an article with no
 * publication date is planned, not reported. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { RU_ASPECT } from '../../../../../../scripts/extract/locales/ru/events/aspect';
import { extractSentences } from '../../../events/extractSentences';

describe('planned for a day is ahead', () => {
  it.each(['запланирован', 'запланирована', 'запланировано', 'запланированы', 'запланированное'])(
    'съезд %s на апрель',
    (form) => expect(RU_ASPECT.future.test(`Съезд ${form} на апрель.`)).toBe(true),
  );

  it('in an article with no publication date, the congress planned for April is planned', () => {
    const data = extractSentences(
      'ru',
      '14 февраля 2024 года прошла конференция партии. Республиканский съезд партии запланирован на апрель.',
      '',
    );
    const congress = data.events.find((e) => e.type === 'congress');
    expect([congress?.date.edtf, congress?.status]).toEqual(['2024-04', 'planned']);
  });
});
