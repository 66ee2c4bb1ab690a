/**
 * A post the one elected or appointed held before, told by a participle clause before his name
 * ("бұрын мәслихат хатшысы болған Ернар Дүйсенбаевты"), is not the post given: the title named
 * the old post ("… elected secretary of the maslikhat") when its cue came first. Generated over
 * names, the posts held, the participles, the posts given and where the post given stands;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../events/extractSentences';

const titles = (text: string) =>
  extractSentences('kk', text, '2025-03-12').events.map((e) => e.title.en);

const NAMES = [
  ['Ернар Дүйсенбаевты', 'Ернар Дүйсенбаев', 'Yernar Duysenbayev'],
  ['Айгүл Сейітованы', 'Айгүл Сейітова', 'Aygul Seyitova'],
] as const;
const HELD = [
  'мәслихат хатшысы болған',
  'аудан әкімі болып істеген',
  'мәслихат хатшысы қызметін атқарған',
  'облыстық мәслихатының хатшысы болған',
  'министрдің орынбасары болып жұмыс істеген',
];
const GIVEN = [
  ['партия төрағасы', 'party chairman'],
  ['мәслихат төрағасы', 'chairman of the maslikhat'],
] as const;

describe('a post held before is not the post given', () => {
  it.each(NAMES.flatMap((n) => HELD.flatMap((h) => GIVEN.map((g) => [n, h, g] as const))))(
    '%j %s %j',
    ([acc, nom, en], held, [post, postEn]) => {
      expect(titles(`Делегаттар ${post} етіп бұрын ${held} ${acc} сайлады.`)).toEqual([
        `${en} elected ${postEn}`,
      ]);
      expect(titles(`Бұрын ${held} ${nom} ${post} болып сайланды.`)).toEqual([
        `${en} elected ${postEn}`,
      ]);
    },
  );
});
