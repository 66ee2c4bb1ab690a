/**
 * A monarch keeps the number in the name, and a king's title is a post: "Тоқаев Иордания королі
 * Абдалла II-ні қабылдады" (a test sentence written for the check) found no one, neither host nor
 * guest. Generated over monarchs (Latin and Cyrillic numerals), the post's case of letter and the
 * name's case (on the number, after a hyphen); sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

// Country, name, and the number's accusative and dative endings (by the numeral read aloud:
// екінші, үшінші, алтыншы).
const MONARCHS: Array<[string, string, string, string]> = [
  ['Иордания', 'Абдалла II', 'ні', 'ге'],
  ['Иордания', 'Абдалла ІІ', 'ні', 'ге'],
  ['Ұлыбритания', 'Карл III', 'ні', 'ге'],
  ['Испания', 'Фелипе VI', 'ны', 'ға'],
];
const POSTS = ['королі', 'Королі'];

const forms = MONARCHS.flatMap(([country, name, acc, dat]) =>
  POSTS.flatMap((post) => {
    const role = `${country} ${post}`;
    const guest = [name, role];
    const host = ['Тоқаев', ''];
    return [
      [`${role} ${name} Астанаға келді.`, [guest]],
      [`Тоқаев ${role} ${name}-${acc} Ақордада қабылдады.`, [host, guest]],
      [`Тоқаев ${role} ${name}-мен келіссөз жүргізді.`, [host, guest]],
      [`Тоқаев ${role} ${name}-${dat} құттықтау хат жолдады.`, [host, guest]],
    ];
  }),
);

describe("a monarch's number stays in the name, the king's title is a post", () => {
  it.each(forms)('%s', (sentence, people) => {
    const got = findPersons(sentence as string, 'kk').map((p) => [p.name, p.role ?? '']);
    expect(got).toEqual(people);
  });
});
