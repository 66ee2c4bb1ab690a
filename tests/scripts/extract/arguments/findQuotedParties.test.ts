/**
 * A party the lexicon does not know, named by a quoted name beside a party noun: found as an
 * organisation (id from the transliterated name, name with its noun in the nominative) and titled
 * by its name in a refused registration, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../../scripts/extract/arguments/findOrganisations';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

// Names as written in each language, with their slug.
const NAMES = [
  { kk: 'Алға', ru: 'Алга', id: 'party-alga' },
  { kk: 'Әділет', ru: 'Адилет', id: 'party-adilet' },
  { kk: 'Жаңа Қазақстан', ru: 'Новый Казахстан', id: undefined },
] as const;

const RU_CASES = ['партия', 'партии', 'партию', 'партией', 'Партия'];
const KK_CASES = ['партиясы', 'партиясының', 'партиясына', 'партиясын', 'партиясымен', 'партиясынан', 'партиясында']; // prettier-ignore

const ruForms = NAMES.flatMap((n) =>
  RU_CASES.map((noun) => ({
    text: `Сообщается, что ${noun} «${n.ru}» подала документы.`,
    name: n.ru,
  })),
);
const kkForms = NAMES.flatMap((n) =>
  KK_CASES.map((noun) => ({
    text: `Хабарланғандай, «${n.kk}» ${noun} туралы айтылды.`,
    name: n.kk,
  })),
);

describe('findOrganisations: a party named in quotes', () => {
  it.each(ruForms)('ru: $text', ({ text, name }) => {
    const [hit] = findOrganisations(text, 'ru');
    expect(hit?.id).toMatch(/^party-/u);
    expect(hit?.name).toBe(`партия «${name}»`);
  });

  it.each(kkForms)('kk: $text', ({ text, name }) => {
    const [hit] = findOrganisations(text, 'kk');
    expect(hit?.id).toMatch(/^party-/u);
    expect(hit?.name).toBe(`«${name}» партиясы`);
  });

  it.each([
    'Демократическая партия',
    'Демократической партии',
    'Демократической партией',
    'Демократическую партию',
  ])(
    // prettier-ignore
    'ru: the adjective is part of the name (%s «Адилет»)',
    (phrase) => {
      const [hit] = findOrganisations(`Сообщается, что ${phrase} «Адилет» подала документы.`, 'ru');
      expect(hit).toMatchObject({ id: 'party-adilet', name: 'Демократическая партия «Адилет»' });
    },
  );

  it.each([
    ['ru', 'движением «Алга»', 'движение «Алга»'],
    ['ru', 'объединения «Алга»', 'объединение «Алга»'],
    ['kk', '«Алға» қозғалысымен', '«Алға» қозғалысы'],
  ] as const)('%s: a movement names itself too (%s)', (lang, phrase, name) => {
    const [hit] = findOrganisations(`Сообщается: ${phrase} туралы.`, lang);
    expect(hit).toMatchObject({ id: 'party-alga', name });
  });

  it.each([
    ['ru', 'газета «Алга»'],
    ['ru', 'программа «Алга»'],
    ['kk', '«Алға» газеті'],
    ['kk', '«Алға» бағдарламасы'],
  ] as const)('%s: a quoted name after another noun is no party (%s)', (lang, phrase) => {
    expect(findOrganisations(`Сообщается: ${phrase} вышла.`, lang)).toEqual([]);
  });

  it.each([
    ['ru', 'партии «Ауыл»', 'auyl'],
    ['kk', '«Ақ жол» партиясының', 'ak-zhol'],
  ] as const)('%s: a party the lexicon knows keeps its id (%s)', (lang, phrase, id) => {
    expect(findOrganisations(`Сообщается: ${phrase} туралы.`, lang).map((o) => o.id)).toEqual([id]);
  });
});

function events(lang: 'kk' | 'ru', text: string) {
  const sources = { 'a.txt': { language: lang, published: '2025-03-12' } };
  return runPipeline(
    [{ file: 'a.txt', bytes: new TextEncoder().encode(text) }],
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data.events;
}

describe('a refused registration names the party', () => {
  it.each(
    NAMES.slice(0, 2).flatMap((n) => [
      {
        lang: 'ru' as const,
        text: `Политика\n\nОтказ в регистрации\n\nАстана, 12 марта. Минюст отказал в регистрации партии «${n.ru}».`,
        ru: `Отказ в регистрации: партия «${n.ru}»`,
      },
      {
        lang: 'kk' as const,
        text: `Саясат\n\nТіркеуден бас тарту\n\nАстана, 12 наурыз. Әділет министрлігі «${n.kk}» партиясын тіркеуден бас тартты.`,
        kk: `Тіркеуден бас тартылды: «${n.kk}» партиясы`,
      },
    ]),
  )('$lang: $text', ({ lang, text, ...want }) => {
    // prettier-ignore
    const [e] = events(lang, text);
    expect(e?.title.en).toMatch(/^Registration of (?:Alga|Adilet) refused$/u);
    expect(e?.title).toMatchObject(want);
  });
});

// (Both word orders: the partner named first must not become the congress's party.)
const PARTNERS_RU = [
  'с партией «Адилет»',
  'с Демократической партией «Адилет»',
  'с движением «Адилет»',
];
const PARTNERS_KK = ['«Әділет» партиясымен', '«Әділет» қозғалысымен', '«Әділет» бірлестігімен'];
const congressForms = [
  ...PARTNERS_RU.flatMap((w) => [
    `Сегодня на съезде партия «Алга» объединилась ${w}.`,
    `Сегодня на съезде ${w} объединилась партия «Алга».`,
  ]).map((s) => ({ lang: 'ru' as const, text: `Политика\n\nСъезд\n\n${s}` })),
  ...PARTNERS_KK.flatMap((w) => [
    `Бүгін съезде «Алға» партиясы ${w} бірікті.`,
    `Бүгін съезде ${w} «Алға» партиясы бірікті.`,
  ]).map((s) => ({ lang: 'kk' as const, text: `Саясат\n\nСъезд\n\n${s}` })),
];

describe('a congress is not of the party the subject acts with', () => {
  it.each(congressForms)('$lang: $text', ({ lang, text }) => {
    const congress = events(lang, text).find((e) => e.type === 'congress');
    expect(congress?.title.en).toBe('Congress of Alga');
  });
});
