/**
 * A Russian surname left in an oblique case by its sentence ("Партия выдвинула Жиголи Дайрабаева
 * кандидатом": the given name does not decline) is the nominative the same article writes
 * elsewhere ("Им стал Жиголи Дайрабаев"), even where that sentence tells no event. Sentences
 * written for this test, generated over given names, surnames and the sentence naming the person.
 */
import { describe, expect, it } from 'vitest';
import { isObliqueOf } from '../../../../../scripts/extract/locales/ru/obliqueNames';
import { extractSentences } from '../../events/extractSentences';

const GIVEN = ['Жиголи', 'Али', 'Ерали'];
const SURNAME: [string, string][] = [
  ['Дайрабаев', 'Dayrabayev'],
  ['Сапаров', 'Saparov'],
  ['Кенжин', 'Kenzhin'],
];
const LATER = [
  (n: string) => `Им стал председатель партии ${n}.`,
  (n: string) => `Кандидатом в президенты стал ${n}.`,
  (n: string) => `Сам ${n} поблагодарил однопартийцев за доверие.`,
];

const CASES = GIVEN.flatMap((g) =>
  SURNAME.flatMap(([s, en]) =>
    LATER.map((later) => ({
      text: `Партия «Ауыл» выдвинула ${g} ${s}а кандидатом в президенты Казахстана. ${later(`${g} ${s}`)}`,
      nominative: `${g} ${s}`,
      oblique: `${g} ${s}а`,
      en,
    })),
  ),
);

describe('an oblique surname is the nominative its article writes', () => {
  it.each(CASES)('$text', ({ text, nominative, oblique, en }) => {
    const events = extractSentences('ru', text, '2025-03-12').events;
    const nominated = events.find((e) => e.type === 'proposal');
    expect(nominated?.title.ru).toContain(nominative);
    expect(nominated?.title.ru).not.toContain(oblique);
    expect(nominated?.title.en).toMatch(new RegExp(`${en}(?!a)`, 'u'));
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain(oblique);
  });
});

// prettier-ignore
const PAIRS: [string, string, boolean][] = [
  ['Жиголи Дайрабаева', 'Жиголи Дайрабаев', true],
  ['Жиголи Дайрабаеву', 'Жиголи Дайрабаев', true],
  ['Жиголи Дайрабаевым', 'Жиголи Дайрабаев', true],
  ['Жиголи Дайрабаеве', 'Жиголи Дайрабаев', true],
  ['Али Нурбеком', 'Али Нурбек', true],
  ['Али Жолдасбековского', 'Али Жолдасбековский', true],
  ['Айгуль Сапаровой', 'Айгуль Сапарова', true],
  ['Айгуль Сапарову', 'Айгуль Сапарова', true],
  ['Дана Сапарова', 'Жиголи Сапаров', false],
  ['Дайрабаева', 'Дайрабаев', false],
  ['Жиголи Дайрабаев', 'Жиголи Дайрабаев', false],
  ['Жиголи Дайрабаевский', 'Жиголи Дайрабаев', false],
];

describe('isObliqueOf: the same given name, the surname declined', () => {
  it.each(PAIRS)('%s of %s: %s', (oblique, nominative, yes) => {
    expect(isObliqueOf(oblique, nominative)).toBe(yes);
  });
});
