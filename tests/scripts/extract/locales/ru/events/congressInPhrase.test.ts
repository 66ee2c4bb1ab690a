/**
 * A cue in a participle phrase and the same cue in the main clause: "Созданная на съезде в 2019
 * году партия провела съезд 5 марта" gave a congress of 2019 alone. The lexicon reads a cue once,
 * at its first match, the founding's setting in the phrase; the main clause's congress of 5 March
 * (the latest past one, published 12 March 2026) was no event. Generated over nouns with agreeing
 * participles and verbs, the setting's words, the year's form, the tense and the phrase before or
 * after the noun.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const DCT = '2026-03-12';
/** A noun, its participles in agreement, and its verb of holding in the past and the future. */
const NOUNS: Array<{ noun: string; participles: string[]; past: string; future: string }> = [
  { noun: 'партия', participles: ['Созданная', 'Основанная'], past: 'провела', future: 'проведет' },
  { noun: 'движение', participles: ['Созданное', 'Основанное'], past: 'провело', future: 'проведет' },
  { noun: 'союз', participles: ['Созданный', 'Учрежденный'], past: 'провел', future: 'проведет' },
  { noun: 'объединения', participles: ['Созданные', 'Основанные'], past: 'провели', future: 'проведут' },
]; // prettier-ignore
const SETTINGS = ['на съезде', 'на учредительном съезде'];
const YEARS = ['в 2019 году', 'в 2019 г.'];
/** The main clause's day by tense, and its date (published 12 March 2026). */
const TENSES: Array<['past' | 'future', string, string]> = [
  ['past', '5 марта', '2026-03-05'],
  ['future', '20 марта', '2026-03-20'],
];

describe('a cue told in a participle phrase and again in the main clause', () => {
  const cases = NOUNS.flatMap(({ noun, participles, ...verbs }) =>
    participles.flatMap((participle) =>
      SETTINGS.flatMap((setting) =>
        YEARS.flatMap((year) =>
          TENSES.flatMap(([tense, day, iso]) => {
            const phrase = `${participle.toLowerCase()} ${setting} ${year}`;
            const Noun = noun[0]!.toUpperCase() + noun.slice(1);
            return [
              {
                text: `${participle} ${setting} ${year} ${noun} ${verbs[tense]} съезд ${day}.`,
                iso,
              },
              { text: `${Noun}, ${phrase}, ${verbs[tense]} съезд ${day}.`, iso },
            ];
          }),
        ),
      ),
    ),
  );
  it.each(cases)('"$text": a congress on $iso', ({ text, iso }) => {
    expect(kindsAndDays('ru', text, DCT)).toContain(`congress ${iso}`);
  });
  it('the congress told once is dated by its own clause ("Созданная в 2019 году партия провела съезд 5 марта")', () => {
    expect(kindsAndDays('ru', 'Созданная в 2019 году партия провела съезд 5 марта.', DCT)).toContain('congress 2026-03-05'); // prettier-ignore
  });
  it('a congress only in the phrase stays the phrase’s ("Избранный на съезде в 2019 году председатель подал в отставку")', () => {
    expect(kindsAndDays('ru', 'Избранный на съезде в 2019 году председатель партии 5 марта провел пресс-конференцию.', DCT)).not.toContain('congress 2026-03-05'); // prettier-ignore
  });
});
