/**
 * One put forward as a candidate, in the accusative after the verb ("Делегаты выдвинули кандидатом
 * в Президенты Касым-Жомарта Токаева"), is the nominee, not one who proposes nominating
 * candidates. Sentences written for this test, generated over who puts forward, the office and
 * the nominee (a man and a woman, one the gazetteer knows and ones it does not).
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

const WHO = ['Делегаты', 'Делегаты съезда', 'Участники конференции единогласно'];
const OFFICE = ['в Президенты', 'в Президенты Республики Казахстан', 'в депутаты Мажилиса'];
const NOMINEE: [string, string][] = [
  ['Касым-Жомарта Токаева', 'Касым-Жомарт Токаев выдвинут кандидатом'],
  ['Нурлана Бекмуханова', 'Нурлан Бекмуханов выдвинут кандидатом'],
  ['Айгуль Сапарову', 'Айгуль Сапарова выдвинута кандидатом'],
];

describe('a Russian nominee in the accusative is the one nominated', () => {
  for (const who of WHO)
    for (const office of OFFICE)
      for (const [name, title] of NOMINEE) {
        const text = `${who} выдвинули кандидатом ${office} ${name}.`;
        it(`${text} → ${title}`, () => {
          const data = eventsOf('ru', text, '2022-10-22');
          const titles = data.events.map((e) => e.title?.ru);
          expect(titles).toContain(title);
          expect(data.events.map((e) => e.title?.en).join(' ')).not.toMatch(/proposes/u);
        });
      }
});
