/**
 * A post before a name is the noun phrase right before it (`Түркия Президенті`, `Президент
 * Турции`): never the clause's subject, another person's name or a connective that opens the
 * sentence. Names are public figures'; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';

// What stands before the post: a name, a connective, the subject's own post.
const KK_OPENERS = [
  'Қасым-Жомарт Тоқаев',
  'Тоқаев',
  'Сондай-ақ Тоқаев',
  'Сонымен қатар Тоқаев',
  'Мемлекет басшысы Қасым-Жомарт Тоқаев',
  'Сондай-ақ Мемлекет басшысы',
  'Сонымен бірге',
];

// The post, the name, and the name's instrumental, dative and accusative endings.
const KK_POSTS: Array<[string, string, [string, string, string]]> = [
  ['Түркия Президенті', 'Режеп Тайып Ердоған', ['мен', 'ға', 'ды']],
  ['АҚШ Президенті', 'Джо Байден', ['мен', 'ге', 'ді']],
  ['Ресей Сыртқы істер министрі', 'Сергей Лавров', ['пен', 'қа', 'ты']],
  ['Біріккен Ұлттар Ұйымының Бас хатшысы', 'Антониу Гутерриш', ['пен', 'ке', 'ті']],
  ['Өзбекстан Президенті', 'Шавкат Мирзиёев', ['пен', 'ке', 'ті']],
];
const KK_VERBS = ['кездесті', 'құттықтау жеделхатын жолдады', 'қабылдады'];

describe('a Kazakh post before a name', () => {
  it.each(
    KK_OPENERS.flatMap((opener) =>
      KK_POSTS.flatMap(([post, name, endings]) =>
        endings.map((ending, c) => [
          post,
          name,
          `${opener} ${post} ${name}${ending} ${KK_VERBS[c]}.`,
        ]),
      ),
    ),
  )('%s %s: %s', (post, name, sentence) => {
    const found = findPersons(sentence, 'kk').find((p) => p.name === name);
    expect(found?.role).toBe(post);
  });
});

// A Russian post comes first: a name between it and the next name is another person's.
const RU_OPENERS = ['Министр иностранных дел Ермек Кошербаев', 'Глава МИД Ермек Кошербаев'];
const RU_NAMES: Array<[string, string]> = [
  ['Сергей Лавров', 'Сергею Лаврову'],
  ['Ван И', 'Ван И'],
];

describe('a Russian post before a name', () => {
  it.each(
    RU_OPENERS.flatMap((opener) =>
      RU_NAMES.map(([name, dative]) => [name, `${opener} ${dative} передал послание.`]),
    ),
  )('%s: %s', (name, sentence) => {
    const found = findPersons(sentence, 'ru').find((p) => p.name === name);
    expect(found?.role ?? '').not.toMatch(/Кошербаев/u);
  });
});
