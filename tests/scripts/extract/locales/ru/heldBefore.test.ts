/**
 * A post the one elected or appointed held before, told by a participle phrase after his name
 * ("Ернара Дуйсенбаева, ранее работавшего секретарем маслихата"), is not the post given: the
 * title named the old post ("… elected secretary of the maslikhat") when its cue came first.
 * Generated over names, the posts held, the participles (gender, case), the posts given and the
 * word orders; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../events/extractSentences';

const titles = (text: string) =>
  extractSentences('ru', text, '2025-03-12').events.map((e) => e.title.en);

/** Name in the accusative and the nominative, English, and the participle's gender ending. */
const NAMES = [
  ['Ернара Дуйсенбаева', 'Ернар Дуйсенбаев', 'Yernar Duysenbayev', ['его', 'ий']],
  ['Айгуль Сеитову', 'Айгуль Сеитова', 'Aygul Seitova', ['ую', 'ая']],
] as const;
/** The participle's stem and what follows it. */
const HELD = [
  ['ранее работавш', 'секретарем маслихата'],
  ['ранее занимавш', 'должность секретаря маслихата'],
  ['до этого возглавлявш', 'аппарат акима'],
  ['прежде являвш', 'акимом района'],
  ['в прошлом работавш', 'заместителем министра'],
] as const;
const GIVEN = [
  ['председателем партии', 'party chairman'],
  ['председателем маслихата', 'chairman of the maslikhat'],
] as const;

describe('a post held before is not the post given', () => {
  it.each(NAMES.flatMap((n) => HELD.flatMap((h) => GIVEN.map((g) => [n, h, g] as const))))(
    '%j %j %j',
    ([acc, nom, en, [accEnd, nomEnd]], [stem, rest], [post, postEn]) => {
      expect(titles(`Делегаты избрали ${post} ${acc}, ${stem}${accEnd} ${rest}.`)).toEqual([
        `${en} elected ${postEn}`,
      ]);
      expect(
        titles(`${nom}, ${stem}${nomEnd} ${rest}, избран${nomEnd === 'ая' ? 'а' : ''} ${post}.`),
      ).toEqual([`${en} elected ${postEn}`]);
    },
  );
});
