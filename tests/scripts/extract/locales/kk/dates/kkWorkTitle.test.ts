import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A date inside the quoted title of a work ("« Абай және ХХІ ғасырдағы Қазақстан » мақаласын")
 * is a word of the title, not a time the text tells: KazNERD marks the whole title as a work of
 * art and no date in it, and nothing happened in the 21st century there. Generated: every work
 * noun in several cases and possessives, after titles holding a century, a year and a month;
 * quotes that are speech, a programme's title and a date outside the quotes stay dates.
 */
const tag = (text: string) => tagDates(text, { lang: 'kk' }).map((t) => t.text);

const WORKS = [
  'мақала', 'кітап', 'роман', 'повесть', 'әңгіме', 'фильм', 'өлең', 'ән', 'спектакль',
  'қойылым', 'көрме', 'жинақ', 'монография', 'очерк', 'эссе', 'туынды', 'поэма', 'дастан',
  'сериал', 'альбом',
]; // prettier-ignore
/** Possessive and case endings a work noun takes after a title, by the noun's last sound. */
function forms(noun: string): string[] {
  if (noun === 'ән') return ['әні', 'әнін', 'әніне', 'әнінде', 'әнінің'];
  if (noun === 'кітап') return ['кітабы', 'кітабын', 'кітабына', 'кітабында', 'кітабының'];
  if (noun === 'жинақ') return ['жинағы', 'жинағын', 'жинағына', 'жинағында'];
  // Loanwords drop a final soft sign before the ending ("спектаклі", "повесті").
  const stem = noun.replace(/ь$/u, '');
  const vowel = /[аәеиоөұүыіэя]$/u.test(stem);
  const front = /[әеиөүіэ][^аәеиоөұүыіэя]*$/u.test(stem) || stem !== noun;
  const [y, ny, na, nda] = front ? ['і', 'нің', 'не', 'нде'] : ['ы', 'ның', 'на', 'нда'];
  const poss = vowel ? `${stem}с${y}` : `${stem}${y}`;
  return [poss, `${poss}н`, `${poss}${na}`, `${poss}${nda}`, `${poss}${ny}`];
}
const TITLES = [
  'Абай және ХХІ ғасырдағы Қазақстан',
  '1986 жылғы желтоқсан',
  'Қыркүйекте кездесеміз',
];

describe('Kazakh dates inside the quoted title of a work', () => {
  it.each(WORKS)('no date inside a title before every form of "%s"', (noun) => {
    const dated = TITLES.flatMap((title) =>
      [...forms(noun), 'атты'].flatMap((w) => {
        const found = tag(`Біз « ${title} » ${w} туралы сөйлестік .`);
        return found.length ? [`«${title}» ${w}: ${found.join(', ')}`] : [];
      }),
    );
    expect(dated).toEqual([]);
  });
  it.each([
    ['Жазушының «Көктемде оралам» романы жарық көрді .', []],
    ['Ол 2021 жылы «Дала» кітабын жазды .', ['2021 жылы']],
    ['Министр «2020 жылы жұмыс аяқталады» деді .', ['2020 жылы']],
    ['«2030 жылға дейінгі даму» тұжырымдамасы қабылданды .', ['2030 жылға дейінгі']],
    ['«Шілде» әнін 5 наурызда орындады .', ['5 наурызда']],
  ])('%s', (sentence, dates) => {
    expect(tag(sentence)).toEqual(dates);
  });
});
