/**
 * A meeting held, or to be held, on a day its sentence gives: generated from the Kazakh verb forms
 * of "to take place" (past, perfect participle, present-future, passive, intention) with the
 * meeting nouns, the plural "кездесулер" only with a day (undated it is a plan of work), and Russian
 * talks scheduled ahead. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const meetingsOn = (lang: 'kk' | 'ru', text: string, published: string) =>
  eventsOf(lang, text, published)
    .events.filter((e) => e.type === 'meeting')
    .map((e) => e.date.edtf);

const KK_NOUNS = ['Облыс әкімі мен тұрғындардың кездесуі', 'Депутаттармен кездесу', 'Облыс әкімдерімен селекторлық кеңес']; // prettier-ignore
const KK_PAST = ['өтті', 'өткен', 'өткізілді'];
const KK_AHEAD = ['өтеді', 'өткізіледі', 'өтпек'];

describe('a Kazakh meeting held or to be held on its day', () => {
  for (const noun of KK_NOUNS) {
    for (const verb of KK_PAST) {
      it(`"${noun} 3 наурызда ${verb}" is a meeting of 3 March`, () => {
        expect(meetingsOn('kk', `${noun} 3 наурызда ${verb}.`, '2025-03-10')).toEqual(['2025-03-03']); // prettier-ignore
      });
    }
    for (const verb of KK_AHEAD) {
      it(`"${noun} 17 наурызда ${verb}" is a meeting of 17 March`, () => {
        expect(meetingsOn('kk', `${noun} 17 наурызда ${verb}.`, '2025-03-10')).toEqual(['2025-03-17']); // prettier-ignore
      });
    }
  }

  for (const verb of [...KK_PAST.filter((v) => v !== 'өткен'), ...KK_AHEAD]) {
    it(`a series of meetings "${verb}" on the days the sentence gives, and not undated`, () => {
      const dated = `Кездесулер 2-7 наурыз аралығында барлық аудандарда ${verb}.`;
      // (Told as done, it was before publication; as ahead, after it.)
      const published = KK_PAST.includes(verb) ? '2025-03-10' : '2025-02-20';
      expect(meetingsOn('kk', dated, published)).toEqual(['2025-03-02']);
      expect(meetingsOn('kk', `Кездесулер барлық аудандарда ${verb}.`, published)).toEqual([]);
    });
  }
});

describe('Russian talks scheduled ahead', () => {
  for (const verb of ['запланированы на', 'намечены на', 'пройдут', 'состоятся']) {
    it(`"Переговоры … ${verb} 17 июня" are talks of 17 June`, () => {
      const text = `Переговоры президентов двух стран в Акорде ${verb} 17 июня.`;
      expect(meetingsOn('ru', text, '2025-06-10')).toEqual(['2025-06-17']);
    });
  }
});
