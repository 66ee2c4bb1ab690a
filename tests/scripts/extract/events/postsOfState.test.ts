/**
 * The common posts of Kazakhstan's state are named in a title, in both languages: State
 * Counsellor, State Secretary, the President's adviser and press secretary, the Head of the Presidential
 * Administration, a Deputy Prime Minister, an ambassador, a committee's chairman. Without their
 * cue words an appointment was "appointed to a new post", and the President's press secretary
 * leaving his post was the President stepping down. Generated over the posts, the two languages
 * and appointment and release; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => e.title.en);

// [kk nominative, ru instrumental, ru genitive, the English post in the title]
const POSTS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Мемлекеттік кеңесші', 'государственным советником', 'государственного советника', 'State Counsellor'], // prettier-ignore
  ['Мемлекеттік хатшы', 'государственным секретарём', 'государственного секретаря', 'State Secretary'], // prettier-ignore
  ['Президенттің кеңесшісі', 'советником президента', 'советника президента', 'adviser to the President'], // prettier-ignore
  ['Президенттің баспасөз хатшысы', 'пресс-секретарём президента', 'пресс-секретаря президента', 'press secretary to the President'], // prettier-ignore
  ['Президент Әкімшілігінің Басшысы', 'руководителем Администрации Президента', 'руководителя Администрации Президента', 'Head of the Presidential Administration'], // prettier-ignore
  ['Премьер-Министрдің орынбасары', 'заместителем премьер-министра', 'заместителя премьер-министра', 'Deputy Prime Minister'], // prettier-ignore
  ['Премьер-Министрдің бірінші орынбасары', 'первым заместителем премьер-министра', 'первого заместителя премьер-министра', 'First Deputy Prime Minister'], // prettier-ignore
  ['Қазақстанның Германиядағы Елшісі', 'послом Казахстана в Германии', 'посла Казахстана в Германии', 'ambassador'], // prettier-ignore
  ['Ұлттық қауіпсіздік комитетінің төрағасы', 'председателем Комитета национальной безопасности', 'председателя Комитета национальной безопасности', 'committee chairman'], // prettier-ignore
];

describe('a post of the state is named', () => {
  it.each(POSTS)('kk appointed: %s', (kk, _ins, _gen, en) => {
    expect(titles('kk', `10 наурызда Ерлан Қарин ${kk} болып тағайындалды.`)).toEqual([
      `Yerlan Karin appointed ${en}`,
    ]);
  });
  it.each(POSTS)('kk released: %s', (kk, _ins, _gen, en) => {
    expect(titles('kk', `10 наурызда Ерлан Қарин ${kk} қызметінен босатылды.`)).toEqual([
      `Yerlan Karin is dismissed as ${en}`,
    ]);
  });
  it.each(POSTS)('ru appointed: %s', (_kk, ins, _gen, en) => {
    expect(titles('ru', `10 марта Ерлан Карин назначен ${ins}.`)).toEqual([
      `Yerlan Karin appointed ${en}`,
    ]);
  });
  it.each(POSTS)('ru released: %s', (_kk, _ins, gen, en) => {
    expect(titles('ru', `10 марта Ерлан Карин освобождён от должности ${gen}.`)).toEqual([
      `Yerlan Karin is dismissed as ${en}`,
    ]);
  });
  it('a ministry press secretary is no minister, an embassy no ambassador', () => {
    expect(titles('kk', '10 наурызда Ерлан Қарин министрліктің баспасөз хатшысы болып тағайындалды.')).toEqual(['Yerlan Karin appointed press secretary']); // prettier-ignore
    expect(titles('ru', '10 марта Ерлан Карин назначен пресс-секретарём министерства.')).toEqual(['Yerlan Karin appointed press secretary']); // prettier-ignore
  });
});
