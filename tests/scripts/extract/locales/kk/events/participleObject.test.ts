/**
 * A Kazakh participle phrase that ends in the object of the sentence's verb
 * (locales/kk/events/participleNoun.ts objectClosesPhrase): "Депутаттар сәуірде қаралатын бюджет
 * жобасын талқылады" put the discussion in April, the month the budget is to be considered, and
 * "… 2027 жылы күшіне енетін заң жобасын мақұлдады" lost the approval to the year the law comes
 * into force. The date is the participle's; the verb's act is the article's news. Generated over
 * dates, participles (past and future), objects in every accusative form and verbs; sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const DCT = '2026-03-12';
const datesOf = (text: string, type: string) =>
  extractSentences('kk', `Астана, 12 наурыз. ${text}`, DCT)
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

const DATES = ['сәуірде', '2027 жылы', '2025 жылғы 5 мамырда', 'келесі жылы', 'биыл мамырда'];
const PARTICIPLES = ['қаралатын', 'қаралған', 'енгізілген', 'дайындалатын', 'күшіне енетін'];
/** Objects in the accusative: after a vowel, a voiced and a voiceless consonant, a possessive. */
const OBJECTS = ['бюджет жобасын', 'бағдарламаны', 'бюджетті', 'жаңа бюджетін', 'жоспарды'];
const VERBS: [string, string][] = [['талқылады', 'meeting']];

describe('the object of the verb ends the participle phrase: the date is not the act’s', () => {
  it.each(
    DATES.flatMap((d) =>
      PARTICIPLES.flatMap((p) =>
        OBJECTS.flatMap((o) =>
          VERBS.map(([v, type]) => [`Депутаттар ${d} ${p} ${o} ${v}.`, type] as const),
        ),
      ),
    ),
  )('%s', (text, type) => {
    expect(datesOf(text, type)).toEqual([DCT]);
  });
});

describe('a trigger that holds its object: the approval is the news', () => {
  it.each(
    DATES.flatMap((d) =>
      ['қаралатын', 'күшіне енетін', 'дайындалған'].map(
        (p) => `Мәжіліс ${d} ${p} заң жобасын мақұлдады.`,
      ),
    ),
  )('%s', (text) => {
    expect(datesOf(text, 'law')).toContain(DCT);
  });
});

describe('the participle’s own noun and an occasion keep the date', () => {
  it('2027 жылы күшіне енетін заң: the law comes into force in 2027', () => {
    expect(datesOf('Депутаттар 2027 жылы күшіне енетін заң жобасын мақұлдады.', 'law')).toContain(
      '2027',
    );
  });
  it('a participle’s noun in the dative, as where the act is done, is not read here', () => {
    // "5 наурызда өткен сессияда заң қабылданды": the law adopted at the sitting of 5 March.
    expect(
      datesOf('2026 жылғы 5 наурызда өткен сессияда депутаттар заң қабылдады.', 'law'),
    ).toEqual(['2026-03-05']);
  });
});
