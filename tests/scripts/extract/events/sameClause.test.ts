/**
 * A verb of saying dates a statement only with a date in its own clause. Generated from every verb
 * of the cue in both languages, each put with its date in one clause, then across a comma, a quote,
 * "что"/"деп", or with the date inside what was said. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUBLISHED = '2025-03-04';
const statements = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUBLISHED)
    .events.filter((e) => e.type === 'statement')
    .map((e) => e.date.edtf);

const RU_VERBS = [
  'сообщил',
  'отметил',
  'подчеркнул',
  'рассказал',
  'пояснил',
  'заверил',
  'предупредил',
];
const KK_VERBS = [
  'хабарлады',
  'айтты',
  'атап өтті',
  'түсіндірді',
  'жеткізді',
  'ескертті',
  'сендірді',
];

describe('a verb of saying with a date in its own clause is a statement of that day', () => {
  for (const verb of RU_VERBS) {
    it.each([
      [`Вчера министр юстиции ${verb} журналистам о новых правилах.`, '2025-03-03'],
      [`Как ${verb} 28 февраля председатель комиссии, работа продолжается.`, '2025-02-28'],
      [`Министр юстиции ${verb} в пятницу о новых правилах.`, '2025-02-28'],
    ])(`ru ${verb}: %s`, (text, day) => expect(statements('ru', text)).toContain(day));
  }
  for (const verb of KK_VERBS) {
    it.each([
      [`Кеше әділет министрі жаңа ережелер туралы ${verb}.`, '2025-03-03'],
      [`Әділет министрі 28 ақпанда журналистерге жаңа ережелер туралы ${verb}.`, '2025-02-28'],
      [`Жұма күні министр жаңа ережелердің маңызын ${verb}.`, '2025-02-28'],
    ])(`kk ${verb}: %s`, (text, day) => expect(statements('kk', text)).toContain(day));
  }
});

describe('a date across a clause, a quote or inside what was said is not the saying', () => {
  for (const verb of RU_VERBS) {
    it.each([
      [`Ответ активисты получили 28 февраля, ${verb} один из организаторов.`, '2025-02-28'],
      [`«Комиссия соберется 20 марта», — ${verb} депутат.`, '2025-03-20'],
      [`Председатель ${verb}, что 20 марта комиссия представит текст.`, '2025-03-20'],
      [`Об этом вчера ${verb} один из организаторов.`, '2025-03-03'],
    ])(`ru ${verb}: %s`, (text, day) => expect(statements('ru', text)).not.toContain(day));
  }
  for (const verb of KK_VERBS) {
    it.each([
      [`«Комиссия 20 наурызда жиналады», – деп ${verb} депутат.`, '2025-03-20'],
      [`Жауапты белсенділер 28 ақпанда алды, – деп ${verb} ұйымдастырушы.`, '2025-02-28'],
      [`Төраға комиссия 20 наурызда жұмысын аяқтайтынын ${verb}.`, '2025-03-20'],
      [`Төраға сайлауды 2026 жылы өткізу қажеттігін ${verb}.`, '2026'],
      // (A Kazakh report "бұл туралы" on a day of its own is that day's statement: saidAboutThis.test.ts;
      // an earlier telling, "бұл туралы 2019 жылы да айтқан", is not.)
      [`Бұл туралы 2019 жылы да ұйымдастырушылардың бірі ${verb}.`, '2019'],
    ])(`kk ${verb}: %s`, (text, day) => expect(statements('kk', text)).not.toContain(day));
  }
});
