import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../scripts/extract/events/candidate';
import { reportScore, summarise } from '../../../../scripts/extract/events/summarise';

// Sentences written for the tests: a report, a speech tag, a quote, first-person words, a headline.
const REPORT = 'Партияның кезекті съезі бүгін елордада өтті, оған мыңға жуық делегат қатысты.';
const TAG = 'Партия съезінде Мемлекет басшысы осылай деді.';
const QUOTE = '«Менің ойымша, бәріміз сайлауға баруымыз керек», – деді ардагер.';
const FIRST = 'Мен келесі айда жаңа бағдарламаны ұсынамын.';
const HEADLINE = 'Партия съезі елордада';

function candidate(texts: string[], over: Partial<Candidate> = {}): Candidate {
  let at = 0;
  const sentences = texts.map((text, index) => {
    const s = { index, paragraph: index, start: at, end: at + text.length, text, sourceId: 'a' };
    at += text.length + 1;
    return s;
  });
  return {
    sourceId: 'a',
    lang: 'kk',
    type: 'congress',
    facet: 'default',
    generic: false,
    subject: '~',
    status: 'reported',
    sentences,
    paragraphs: [],
    actors: [],
    places: [],
    organisations: [],
    figures: [],
    quotes: [],
    themes: ['party'],
    args: {},
    ...over,
  };
}

describe('reportScore(text, lang)', () => {
  it('ranks a report above a speech tag, a quote, first-person words and a headline', () => {
    const report = reportScore(REPORT, 'kk');
    for (const other of [TAG, QUOTE, FIRST, HEADLINE])
      expect(reportScore(other, 'kk')).toBeLessThan(report);
    expect(reportScore(TAG, 'kk')).toBeLessThan(0);
    expect(reportScore(QUOTE, 'kk')).toBeLessThan(0);
  });

  it('knows Russian speech tags and first-person words', () => {
    const report = 'Совместное заседание палат Парламента прошло в Астане во вторник.';
    expect(reportScore('Об этом заявил председатель комиссии журналистам.', 'ru')).toBeLessThan(0);
    expect(reportScore('«Мы договорились о совместной работе», — сказал он.', 'ru')).toBeLessThan(
      0,
    );
    expect(reportScore(report, 'ru')).toBeGreaterThan(0);
  });
});

describe('summarise(candidate)', () => {
  it('takes the report sentence, never the speech tag or the quote, even when they come first', () => {
    expect(summarise(candidate([TAG, QUOTE, HEADLINE, REPORT]))).toBe(REPORT);
  });

  it('prefers the sentence that dates the event when it is a report', () => {
    const dated = 'Съезд 2022 жылғы 1 наурызда Астанада өтіп, партия атауын өзгертті.';
    const c = candidate([REPORT, dated], {
      date: {
        edtf: '2022-03-01',
        precision: 'day',
        certainty: 'stated',
        method: 'explicit',
        evidence: {
          sourceId: 'a',
          sentence: {
            start: REPORT.length + 1,
            end: REPORT.length + 1 + dated.length,
            text: dated,
          },
        },
      },
    });
    expect(summarise(c)).toBe(dated);
  });

  it("does not prefer a dating sentence that is someone's quote", () => {
    const c = candidate([REPORT, QUOTE], {
      date: {
        edtf: '2022-11-20',
        precision: 'day',
        certainty: 'resolved',
        method: 'year-from-publication',
        evidence: {
          sourceId: 'a',
          sentence: {
            start: REPORT.length + 1,
            end: REPORT.length + 1 + QUOTE.length,
            text: QUOTE,
          },
        },
      },
    });
    expect(summarise(c)).toBe(REPORT);
  });
});

describe('the lead bonus', () => {
  it('goes to the sentences marked as the lead, not to the first two paragraphs', () => {
    const early = 'Облыс әкімі бүгін аудан тұрғындарымен кездесіп, жол құрылысы туралы айтты.';
    const lead = 'Партияның кезекті съезі бүгін елордада өтті, оған мыңға жуық делегат қатысты.';
    const c = candidate([early, 'Фото: баспасөз қызметі', lead]);
    c.sentences[2] = { ...c.sentences[2]!, lead: true };
    expect(summarise(c)).toBe(lead);
    // Unmarked, the earlier report wins by its place in the text.
    expect(summarise(candidate([early, 'Фото: баспасөз қызметі', lead]))).toBe(early);
  });
});
