/**
 * The annual Address is delivered at a joint session of the chambers: an Address an article tells
 * with no day of its own, in the tense of the joint session it dated, is given on that session's
 * day (by context); told as possible ("возможность выступления", "жариялауы мүмкін") it is still
 * ahead. An Address recalled from another time keeps its own. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const HEADLINE = {
  kk: 'Парламент жаңа сессияға дайындалып жатыр',
  ru: 'Парламент готовится к новой сессии',
};
const article = (lang: 'kk' | 'ru', lead: string, rest: string) =>
  kindsAndDays(lang, `${HEADLINE[lang]}\n\n${lead}\n\n${rest}`, '2024-08-28');

describe('an Address at the joint session the article dated', () => {
  it.each([
    [
      'ru',
      'Спикер Мажилиса созвал совместное заседание палат Парламента на 2 сентября.',
      'Отмечается возможность выступления Главы государства с ежегодным посланием народу.',
    ],
    [
      'ru',
      'Совместное заседание палат Парламента пройдет 2 сентября в Астане.',
      'Ожидается, что Президент выступит с Посланием народу Казахстана.',
    ],
    [
      'kk',
      'Парламент палаталарының бірлескен отырысы 2 қыркүйекте Астанада өтеді.',
      'Мемлекет басшысы Қазақстан халқына Жолдауын жариялауы мүмкін.',
    ],
  ] as const)('%s: %s / %s', (lang, lead, rest) => {
    const got = article(lang, lead, rest);
    expect(got).toContain('address 2024-09-02');
    expect(got).toContain('session 2024-09-02');
  });
  it('an Address recalled from last year keeps its own time', () => {
    const got = article(
      'ru',
      'Совместное заседание палат Парламента пройдет 2 сентября в Астане.',
      'В прошлом году Президент выступил с Посланием народу Казахстана.',
    );
    expect(got).not.toContain('address 2024-09-02');
  });
  it('with no joint session dated, a possible Address stays without a day', () => {
    const got = article(
      'ru',
      'Депутаты Мажилиса обсудили законопроект о местном самоуправлении.',
      'Отмечается возможность выступления Главы государства с ежегодным посланием народу.',
    );
    expect(got.filter((e) => e.startsWith('address'))).toEqual([]);
  });
});
