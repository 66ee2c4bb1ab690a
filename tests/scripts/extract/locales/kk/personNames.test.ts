/**
 * What Kazakh tells findPersons about names: a post in the genitive is someone's, not the name's
 * apposition, in every genitive ending; capitalised common nouns are known by their stem and any
 * case ending. Words written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { KK_PERSON_NAMES as kk } from '../../../../../scripts/extract/locales/kk/personNames';

describe('KK_PERSON_NAMES', () => {
  it('a post in any genitive ending is no apposition', () => {
    for (const [post, gen] of [
      ['Президент', 'інің'],
      ['төраға', 'сының'],
      ['әкім', 'інің'],
      ['депутат', 'тың'],
    ] as const) {
      expect(kk.inApposition(post)).toBe(true);
      expect(kk.inApposition(`${post}${gen}`)).toBe(false);
    }
  });

  it('verbs tell no gender, and a lone name before a post is its owner', () => {
    expect(kk.genderOf('мәлімдеді')).toBe(undefined);
    expect(kk.ownerBeforePost).toBe(true);
    expect(kk.roleAsWritten('Мәжіліс төрағасы')).toBe('Мәжіліс төрағасы');
  });

  it('a capitalised common noun in its case forms is no name', () => {
    for (const ending of ['', 'ны', 'ға', 'да', 'дан', 'мен'])
      expect(kk.isCapitalisedNoun(`Конституция${ending}`)).toBe(true);
    expect(kk.isCapitalisedNoun('Тоқаев')).toBe(false);
  });
});

describe('words that are no surname', () => {
  const WEEKDAYS = ['Дүйсенбі', 'Сейсенбі', 'Сәрсенбі', 'Бейсенбі', 'Сенбі', 'Жексенбі'];
  const ENDINGS = ['', 'де', 'ден', 'ге', 'нің'];
  it.each(WEEKDAYS.flatMap((d) => ENDINGS.map((e) => `${d}${e}`)))('weekday %s', (w) =>
    expect(kk.isCapitalisedNoun(w)).toBe(true),
  );
  const BODIES = [
    'министрлігі',
    'министрлігіне',
    'министрлігінің',
    'агенттігі',
    'агенттігімен',
    'комитетіне',
    'департаментінде',
  ];
  it.each(BODIES)('a lone word before "%s" names the body', (after) =>
    expect(kk.notLoneSurname('Энергетика', 'Премьер-министр', after)).toBe(true),
  );
  it('a lone surname before a verb stays one', () =>
    expect(kk.notLoneSurname('Бектенов', 'Премьер-министр', 'тапсырды')).toBe(false));
});

describe('the first word of a post is no surname', () => {
  // Posts whose first word is capitalised and has no surname's ending; the host before them.
  const POSTS = ['Сыртқы істер министрі', 'Ішкі істер министрі', 'Ауыл шаруашылығы министрі', 'Төтенше жағдайлар министрі', 'Ұлттық экономика министрі', 'Ұлттық қауіпсіздік комитетінің төрағасы']; // prettier-ignore
  const HOSTS = ['Мемлекет басшысы', 'Президент', 'Премьер-министр'];
  it.each(POSTS.flatMap((p) => HOSTS.map((h) => [p, h] as const)))('%s after %s', (post, host) => {
    const [first, ...rest] = post.split(' ');
    expect(kk.notLoneSurname(first!, host.split(' ').at(-1), rest[0], rest.slice(1))).toBe(true);
    const s = `${host} ${post} Ержан Сәденовті қабылдады.`;
    expect(
      findPersons(s, 'kk').map((p) => p.name),
      s,
    ).not.toContain(first);
  });
  it('a surname before a verb or a post in another case stays one', () => {
    expect(kk.notLoneSurname('Бектенов', 'Премьер-министр', 'сыртқы', ['істер', 'министрін'])).toBe(false); // prettier-ignore
    expect(kk.notLoneSurname('Нұртілеу', 'министр', 'мәлімдеді', ['.'])).toBe(false);
  });
});
