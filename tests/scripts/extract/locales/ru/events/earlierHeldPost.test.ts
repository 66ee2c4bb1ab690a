/**
 * "Освобожден от ранее занимаемой должности" (relieved of the post held before) is today's
 * dismissal: the cue did not allow "ранее" before the participle, and "ранее" before a present
 * passive participle ("занимаемой", "проводимой") was read as a recall (locales/ru/events/aspect.ts
 * PARTICIPLE). Generated over the decree's wording, the person's gender and the participles;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const LEAD =
  'Астана, 12 марта. Указом главы государства Ерлан Аккенженов назначен министром энергетики.';
const OPENINGS = ['Этим же указом', 'Указом Президента', 'Тем же указом'];
const PEOPLE: Array<[string, string]> = [
  ['Алмасадам Саткалиев', 'освобожден'],
  ['Асель Ким', 'освобождена'],
];
const POSTS = [
  'от ранее занимаемой должности',
  'от занимаемой должности',
  'от ранее занимаемого поста',
];

describe('relieved of the post held before: a dismissal today', () => {
  it.each(
    OPENINGS.flatMap((o) =>
      PEOPLE.flatMap(([who, verb]) => POSTS.map((p) => `${o} ${who} ${verb} ${p}.`)),
    ),
  )('%s', (second) => {
    const events = extractSentences('ru', `${LEAD} ${second}`, '2026-03-12').events;
    expect(events.filter((e) => e.type === 'resignation').map((e) => e.date.edtf)).toEqual([
      '2026-03-12',
    ]);
  });
});

describe('"ранее" before a present passive participle is no recall', () => {
  it.each(['Ерлана Кошанова', 'Асель Ким'])(
    'Президент освободил %s от ранее занимаемой должности',
    (who) => {
      const text = `Астана, 12 марта. Президент освободил ${who} от ранее занимаемой должности.`;
      const events = extractSentences('ru', text, '2026-03-12').events;
      expect(events.map((e) => e.date.edtf)).toEqual(['2026-03-12']);
    },
  );
});
