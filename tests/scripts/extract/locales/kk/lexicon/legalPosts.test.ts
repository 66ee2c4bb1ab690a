/**
 * A prosecutor's, an ombudsman's and an auditor's posts are posts (locales/{kk,ru}/lexicon/roles.ts):
 * "Бас прокурор Берік Асылов" gave Асылов with no post. Generated over the posts, the name's
 * cases and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../../scripts/extract/arguments/findPersons';

const roleOf = (lang: 'kk' | 'ru', text: string, name: string) =>
  findPersons(text, lang).find((p) => p.name === name)?.role;

const kkPosts = [
  'Бас прокурор',
  'Бас прокурордың орынбасары',
  'Облыс прокуроры',
  'Адам құқықтары жөніндегі омбудсмен',
  'Жоғарғы аудиторлық палатаның аудиторы',
];
const kkSentences = [
  (p: string) => `${p} Берік Асылов мәлімдеме жасады.`,
  (p: string) => `Мемлекет басшысы ${p} Берік Асыловты қабылдады.`,
  (p: string) => `Президент ${p} Берік Асыловпен кездесті.`,
  (p: string) => `${p} Берік Асыловтың айтуынша, іс сотқа жіберілді.`,
];
const ruPosts = [
  'Генеральный прокурор',
  'заместитель Генпрокурора',
  'прокурор области',
  'омбудсмен',
  'аудитор Высшей аудиторской палаты',
];
// The posts in other cases, before the name in the same case.
const ruOblique = [
  'По словам Генерального прокурора Берика Асылова, дело направлено в суд.',
  'Президент принял Генерального прокурора Берика Асылова.',
  'Президент встретился с Генеральным прокурором Бериком Асыловым.',
  'По словам омбудсмена Берика Асылова, жалоб стало меньше.',
  'Президент встретился с аудитором Бериком Асыловым.',
];

describe('legal and audit posts', () => {
  it.each(kkPosts.flatMap((p) => kkSentences.map((s) => s(p))))('kk: %s', (text) => {
    expect(roleOf('kk', text, 'Берік Асылов')).toBeDefined();
  });
  it.each([...ruPosts.map((p) => `${p} Берик Асылов сделал заявление.`), ...ruOblique])(
    'ru: %s',
    (text) => {
      expect(roleOf('ru', text, 'Берик Асылов')).toBeDefined();
    },
  );
});
