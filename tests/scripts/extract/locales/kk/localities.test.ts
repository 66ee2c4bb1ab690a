/**
 * A town named after a person ("Сәтбаев", "Курчатов") before "қалалық" inside a sentence is the
 * town, not a person: "… бұрын Сәтбаев қалалық мәслихатының хатшысы болған …" gave a person
 * "Сәтбаев" and the title "Satbayev elected …". A sentence opener before "қалалық" ("Кеше
 * қалалық мәслихатта") is still no town, nor a surname after a post or an opener ("Бүгін
 * Тоқаев қалалық …"). Generated over towns, the noun after "қалалық" in its cases and the word
 * before; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { findPlaces } from '../../../../../scripts/extract/arguments/findPlaces';

const TOWNS = ['Сәтбаев', 'Курчатов', 'Жұмабаев', 'Есенов', 'Мақатаев', 'Серікқызы'];
const AFTER = [
  'қалалық мәслихатының хатшысы болған',
  'қалалық сотында жұмыс істеген',
  'қалалық әкімдігіне барған',
  'қалалық мәслихатымен келіскен',
  'қалалық ауруханасын басқарған',
];
const BEFORE = ['бұрын', 'кезінде', 'ертеректе'];

describe('a capitalised word inside a sentence before "қалалық" names the town', () => {
  it.each(TOWNS.flatMap((t) => AFTER.flatMap((a) => BEFORE.map((b) => [t, a, b] as const))))(
    '%s %s (%s)',
    (town, after, before) => {
      const text = `Делегаттар ${before} ${town} ${after} Ернар Дүйсенбаевты сайлады.`;
      expect(findPersons(text, 'kk').map((p) => p.name)).toEqual(['Ернар Дүйсенбаев']);
      expect(findPlaces(text, 'kk').map((p) => p.text)).toContain(`${town} қалалық`);
    },
  );
});

describe('an opener or a post before the word keeps it no town', () => {
  it.each(['Кеше', 'Бүгін', 'Ертең', 'Сонда'])('%s қалалық …', (opener) => {
    const text = `${opener} қалалық мәслихаттың сессиясы өтті.`;
    expect(findPlaces(text, 'kk').map((p) => p.text)).toEqual([]);
  });
  it.each(['Бүгін', 'президент', 'Мемлекет басшысы'])('%s Тоқаев қалалық …', (before) => {
    const text = `Ақордада ${before} Тоқаев қалалық мәслихат депутаттарымен кездесті.`;
    expect(findPersons(text, 'kk').map((p) => p.name)).toContain('Тоқаев');
  });
});
