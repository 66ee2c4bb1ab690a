/**
 * A date inside a Russian relative clause: the clause's own act when another predicate's object is
 * its antecedent ("… и подписали пакет документов, часть которых ратифицировали 5 февраля"), the
 * event named before it when nothing else does ("реформа, которую президент предложил 8
 * сентября") or when the clause tells when that event happens ("выборы, которые пройдут 19 марта").
 * Sentences written for this test, generated over openings of the clause and its verbs.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const datesOf = (text: string, type: string, published = '2025-05-14') =>
  eventsOf('ru', text, published)
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

const OPENINGS = ['которые', 'часть которых', 'большинство из которых'];
const OTHER_ACTS = ['парламенты ратифицировали', 'депутаты одобрили', 'стороны опубликовали'];

describe("a date in a relative clause whose antecedent is another predicate's object", () => {
  for (const opening of OPENINGS) {
    for (const act of OTHER_ACTS) {
      it(`"провели заседание … и подписали документы, ${opening} ${act} 5 февраля" is no sitting of 5 February`, () => {
        const text = `Лидеры двух стран провели заседание Высшего государственного совета и подписали пакет документов, ${opening} ${act} 5 февраля.`; // prettier-ignore
        expect(datesOf(text, 'meeting')).not.toContain('2025-02-05');
      });
    }
  }
});

describe('a date in a relative clause that tells the event named before it', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Начались выборы в Мажилис, которые пройдут 19 марта.', 'election', '2025-03-19', '2025-02-01'], // prettier-ignore
    ['Акорда объявила о государственном визите Токаева в Узбекистан, который намечен на 20 июня.', 'meeting', '2025-06-20', '2025-05-14'], // prettier-ignore
    ['Депутаты обсудили парламентскую реформу, которую президент предложил 8 сентября.', 'reform', '2024-09-08', '2025-05-14'], // prettier-ignore
    ['Сенат вернул на доработку закон о лоббизме, который депутаты приняли 22 февраля.', 'law', '2025-02-22', '2025-05-14'], // prettier-ignore
  ];
  for (const [text, type, date, published] of cases) {
    it(`${text} → ${type} ${date}`, () => {
      expect(datesOf(text, type, published)).toContain(date);
    });
  }
});

describe('a relative clause telling when a gathering happens dates it, whatever names it', () => {
  // The antecedent by gender and number, with the clause's pronoun and a happening verb agreeing.
  const GATHERINGS: Array<[string, string, string[]]> = [
    ['консультативной встрече лидеров', 'которая', ['состоится', 'пройдет', 'запланирована на']],
    ['общественным слушаниям по проекту', 'которые', ['состоятся', 'пройдут', 'назначены на']],
    ['заседанию совета', 'которое', ['состоится', 'пройдет', 'запланировано на']],
  ];
  // The eve of it, preparation for it: no gathering of its own on the sentence's day.
  const EVES = ['Стороны обсудили подготовку к', 'Министры готовятся к', 'Накануне визита к'];
  for (const [noun, which, verbs] of GATHERINGS)
    for (const verb of verbs)
      for (const eve of EVES.slice(0, 2)) {
        const text = `${eve} ${noun}, ${which} ${verb} 12 июня в Ташкенте.`;
        it(`${text} → meeting 2025-06-12, and no second event of that day`, () => {
          const events = eventsOf('ru', text, '2025-05-14').events;
          const told = events.map((e) => `${e.type} ${e.date.edtf}`);
          expect(told.filter((e) => e.endsWith('2025-06-12'))).toEqual(['meeting 2025-06-12']);
          expect(told.filter((e) => e.startsWith('other'))).toEqual([]);
        });
      }

  it.each(['состоится', 'пройдет'])('a season: "встрече, которая %s осенью этого года"', (verb) => {
    const text = `Президенты обсудили подготовку к консультативной встрече глав государств, которая ${verb} осенью этого года.`; // prettier-ignore
    // (The talk itself, told in the past, is of the day: the clause's future is the meeting's.)
    // (An event in a season is dated by its year: events/dateEvent.ts.)
    expect(datesOf(text, 'meeting')).toEqual(['2025', '2025-05-14']);
    expect(datesOf(text, 'other')).toEqual([]);
  });

  it.each(['вынесут на', 'вынесли на', 'решили вынести на'])(
    'put to public hearings: "%s слушания, которые пройдут 11 марта"',
    (put) => {
      const text = `Вопрос застройки сквера ${put} общественные слушания, которые пройдут 11 марта.`;
      expect(eventsOf('ru', text, '2025-03-01').events.map((e) => `${e.type} ${e.date.edtf}`)).toEqual(['meeting 2025-03-11']); // prettier-ignore
    },
  );

  it.each(['прошли', 'состоялись'])('a vote whose results were announced: "итоги выборов, которые %s 19 марта"', (verb) => {
    const text = `Комиссия сегодня огласила итоги выборов в маслихаты, которые ${verb} 19 марта.`;
    expect(datesOf(text, 'election', '2025-03-20')).toEqual(['2025-03-19']);
  }); // prettier-ignore

  it('a clause after a verb tells its own act: "провели заседание и подписали документы, которые вступят …"', () => {
    const text = 'Стороны готовятся к заседанию совета и подписали документы, которые пройдут ратификацию 12 июня.'; // prettier-ignore
    expect(datesOf(text, 'meeting')).not.toContain('2025-06-12');
  });
});

describe("a relative clause after a verb trigger tells of its object, not of the trigger's day", () => {
  // [the act with its verb, the clause about the person it names, the act's type]
  const ACTS: Array<[string, string, string]> = [
    ['Депутаты тайным голосованием избрали председателем палаты Ерлана Кошанова', 'appointment', 'appointment'], // prettier-ignore
    ['Президент назначил министром финансов Мадину Абылкасымову', 'appointment', 'appointment'],
    ['Съезд выдвинул кандидатом в президенты Ерлана Кошанова', 'proposal', 'proposal'],
  ];
  const CLAUSES = [
    'который руководил Мажилисом с февраля 2022 года',
    'которая возглавляла ведомство с февраля 2022 года',
    'который работал в аппарате с февраля 2022 года',
  ];
  for (const [act, , type] of ACTS)
    for (const clause of CLAUSES) {
      const text = `${act}, ${clause}.`;
      it(`${text} → not February 2022`, () => {
        expect(datesOf(text, type)).not.toContain('2022-02');
      });
    }
});
