/**
 * A common noun of people opening a sentence capitalised ("Адвокаты Бишимбаева заявили",
 * "Сторонники Аблязова", "Жена Карина") is no given name: the person is the one whose lawyers,
 * supporters or wife they are, not "Адвокаты Бишимбаев". Generated over the nouns in the
 * plural or singular and the surnames; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../events/extractSentences';

const titles = (text: string) =>
  extractSentences('ru', text, '2025-03-12').events.map((e) => e.title.en);

const NOUNS = [
  'Адвокаты', 'Адвокат', 'Юристы', 'Защитники', 'Сторонники', 'Соратники', 'Родственники',
  'Коллеги', 'Помощник', 'Сотрудники', 'Жена', 'Сын', 'Брат', 'Друзья', 'Следователи', 'Свидетели',
]; // prettier-ignore
const SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['Бишимбаева', 'Bishimbayev'],
  ['Сапарова', 'Saparov'],
];

describe('a noun of people before a surname is no given name', () => {
  it.each(NOUNS)('%s …', (noun) => {
    for (const [gen, en] of SURNAMES)
      expect(titles(`${noun} ${gen} 10 марта заявили о поддержке реформы.`)).toEqual([
        `${en} makes a statement`,
      ]);
  });
});
