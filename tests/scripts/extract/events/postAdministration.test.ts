/**
 * Kazakh: the Presidential Administration ("Президент Әкімшілігі") is no akim's office, so an
 * appointment there is not titled as an akim's; its first deputy head is its first deputy head.
 * Generated over the posts in the Administration and the case of "Әкімшілігі"; sentences written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const title = (text: string) => extractSentences('kk', text, '2024-09-05').events.map((e) => e.title.en); // prettier-ignore
const LEAD = 'Мемлекет басшысының Жарлығымен Марат Әбдіқадыров';

describe('a post in the Presidential Administration', () => {
  it.each([
    ['Президент Әкімшілігі басшысының орынбасары', 'deputy head'],
    ['Президент Әкімшілігі басшысының бірінші орынбасары', 'first deputy head'],
  ])('"%s" is the %s', (post, head) => {
    expect(title(`${LEAD} ${post} болып тағайындалды.`)).toEqual([
      `Marat Abdikadyrov appointed ${head} of the Presidential Administration`,
    ]);
  });
  it.each(['Президент Әкімшілігінің бөлім меңгерушісі', 'Президент Әкімшілігінің кеңесшісі'])(
    '"%s" is no akim',
    (post) => {
      const got = title(`${LEAD} ${post} болып тағайындалды.`);
      expect(got).toHaveLength(1);
      expect(got[0]).not.toMatch(/akim/iu);
    },
  );
});
