/**
 * A law signed on one day "и вступил в силу" on another is two steps, each on its own
 * date: the entry into force after a bare "и" opens a clause of its own, as a short passive did
 * ("и подписан президентом 2 апреля"), of any gender or number. (The participle, "и вступивший в
 * силу 1 июля", is in entryIntoForceParticiple.test.ts.) Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (s: string) => kindsAndDays('ru', `Новости\n\n${s}`, '2025-12-01');

describe('signed and in force on two days', () => {
  it.each([
    'Закон подписан 20 апреля 2023 года и вступил в силу 1 июля 2023 года.',
    'Поправки подписаны 20 апреля 2023 года и вступили в силу 1 июля 2023 года.',
    'Кодекс был подписан 20 апреля 2023 года и вступит в силу 1 июля 2023 года.',
  ])('%s', (s) => {
    expect(at(s)).toEqual(expect.arrayContaining(['law 2023-04-20', 'law 2023-07-01']));
  });
  it('a participle clause is never dated by the publication', () => {
    const got = at(
      'Кодекс, подписанный 20 апреля 2023 года и вступивший в силу 1 июля 2023 года, свел нормы воедино.',
    );
    expect(got).toContain('law 2023-04-20');
    expect(got).not.toContain('law 2025-12-01');
  });
});
