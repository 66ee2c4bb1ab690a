/**
 * What a referendum asks, read from its own sentence: the 2024 vote on a nuclear power plant is not
 * a "Referendum on the Constitution" (every referendum was titled so), and a question named by
 * another, undated mention does not pass to a dated referendum of the same article.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const referendums = (lang: 'kk' | 'ru', text: string) =>
  eventsOf(lang, text, '2025-03-10').events.filter((e) => e.type === 'referendum');

/** Ways the nuclear plant is named, in the cases the sentence puts it. */
const NUCLEAR = {
  kk: ['АЭС салу туралы', 'атом электр станциясын салу туралы', 'атом электр станциясының құрылысы туралы'],
  ru: ['о строительстве АЭС', 'о строительстве атомной электростанции', 'по вопросу строительства атомной станции'],
}; // prettier-ignore
const DAY = { kk: '2024 жылғы 6 қазанда', ru: '6 октября 2024 года' };
const told = {
  kk: (about: string) => `${DAY.kk} ${about} республикалық референдум өтті.`,
  ru: (about: string) => `${DAY.ru} прошел референдум ${about}.`,
};

describe("a referendum's question", () => {
  for (const lang of ['kk', 'ru'] as const) {
    for (const about of NUCLEAR[lang]) {
      it(`${lang}: "${about}" is a referendum on a nuclear power plant, a vote, not the Constitution`, () => {
        const [r, ...more] = referendums(lang, told[lang](about));
        expect(more).toEqual([]);
        expect(r!.date.edtf).toBe('2024-10-06');
        expect(r!.title.en).toBe('Referendum on building a nuclear power plant');
        expect(r!.title.kk).toBe('Атом электр станциясын салу туралы референдум');
        expect(r!.title.ru).toBe('Референдум о строительстве атомной электростанции');
        expect(r!.themes).toContain('elections');
        expect(r!.themes).not.toContain('constitution');
      });
    }
  }

  it('keeps "on the Constitution" for a referendum on the Constitution, and names nothing for one on nothing named', () => {
    const kk = referendums('kk', '2022 жылғы 5 маусымда Конституцияға өзгерістер енгізу туралы республикалық референдум өтті.'); // prettier-ignore
    expect(kk[0]!.title.en).toBe('Referendum on the Constitution');
    expect(kk[0]!.themes).toContain('constitution');
    // (See referendumConstitution.test.ts: a question the text does not name is not guessed.)
    const [ru] = referendums('ru', '5 июня 2022 года прошел республиканский референдум.');
    expect(ru!.title.en).toBe('Referendum');
    expect(ru!.themes).not.toContain('constitution');
  });

  it('does not give a dated referendum the question of another, undated mention', () => {
    const kk = referendums(
      'kk',
      '2022 жылғы 5 маусымда республикалық референдум өтті. Сарапшылар алдағы уақытта атом электр станциясын салу туралы референдум өтуі мүмкін деп санайды.',
    );
    const dated = kk.filter((e) => e.date.edtf === '2022-06-05');
    expect(dated.map((e) => e.title.en)).toEqual(['Referendum']);
  });

  it('names the question in a proposal to hold it', () => {
    const ru = eventsOf('ru', 'Президент предложил провести референдум о строительстве АЭС.', '2023-09-01'); // prettier-ignore
    const kk = eventsOf('kk', 'Мемлекет басшысы АЭС салу туралы референдум өткізуді ұсынды.', '2023-09-01'); // prettier-ignore
    for (const d of [ru, kk]) {
      const p = d.events.find((e) => e.type === 'proposal');
      expect(p?.title.en).toMatch(/holding a referendum on building a nuclear power plant$/u);
    }
  });
});
