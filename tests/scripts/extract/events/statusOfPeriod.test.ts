/**
 * Whether an event is ahead or done, as of its article: a year or a month the article is written
 * in is ahead or done as the tense tells, not done because it began before the publication; and
 * what may happen ("могут пройти", "өтуі мүмкін") is ahead. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const statuses = (lang: 'kk' | 'ru', text: string, published: string) =>
  extractSentences(lang, text, published).events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

describe('status of an event in the year or month of its article', () => {
  it('ahead when told ahead', () => {
    expect(
      statuses('ru', 'Выборы в Курултай могут пройти уже в этом году.', '2026-02-12'),
    ).toContain('election 2026 planned');
    expect(statuses('ru', 'Выборы в маслихаты пройдут в этом году.', '2026-02-12')).toContain(
      'election 2026 planned',
    );
    expect(statuses('kk', 'Мәслихат сайлауы биыл өтеді.', '2026-02-12')).toContain(
      'election 2026 planned',
    );
  });

  it('done when told done, and a past year or month is done whatever the tense', () => {
    expect(statuses('ru', 'В этом году прошли выборы в маслихаты.', '2026-02-12')).toContain(
      'election 2026 reported',
    );
    expect(statuses('ru', 'Выборы в маслихаты прошли в марте 2023 года.', '2026-02-12')).toContain(
      'election 2023-03 reported',
    );
  });

  it('what may happen is ahead, in Kazakh and Russian, in an undated article too', () => {
    expect(statuses('kk', 'Партия съезі 2024 жылғы наурызда өтуі мүмкін.', '')).toContain(
      'congress 2024-03 planned',
    );
    for (const verb of ['может состояться', 'могут провести'])
      expect(statuses('ru', `Съезд партии ${verb} в марте 2024 года.`, '')).toContain(
        'congress 2024-03 planned',
      );
  });
});
