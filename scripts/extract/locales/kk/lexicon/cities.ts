import type { GazetteerEntry } from './gazetteerEntry';

/**
 * Cities of republican significance, regional centres and other large towns, plus the country
 * and its neighbours. Russian forms are stems where Russian declines the name (`Астан` →
 * Астана/Астане/Астаной); indeclinable names are written whole.
 */
const c = (
  id: string,
  kk: string,
  ru: string,
  en: string,
  forms: GazetteerEntry['forms'],
  kind: GazetteerEntry['kind'] = 'city',
): GazetteerEntry => ({ id, kind, name: { kk, ru, en }, forms });

// prettier-ignore
export const CITIES: readonly GazetteerEntry[] = [
  c('kazakhstan', 'Қазақстан', 'Казахстан', 'Kazakhstan',
    { kk: ['Қазақстан Республика', 'Қазақстан'], ru: ['Республик~ Казахстан', 'Казахстан'] }, 'country'),
  c('russia', 'Ресей', 'Россия', 'Russia', { kk: ['Ресей'], ru: ['Росси'] }, 'country'),
  c('ukraine', 'Украина', 'Украина', 'Ukraine', { kk: ['Украина'], ru: ['Украин'] }, 'country'),
  c('china', 'Қытай', 'Китай', 'China', { kk: ['Қытай'], ru: ['Китай', 'Китая', 'Китае'] }, 'country'),
  c('uzbekistan', 'Өзбекстан', 'Узбекистан', 'Uzbekistan', { kk: ['Өзбекстан'], ru: ['Узбекистан'] }, 'country'),
  c('kyrgyzstan', 'Қырғызстан', 'Кыргызстан', 'Kyrgyzstan', { kk: ['Қырғызстан'], ru: ['Кыргызстан', 'Киргизи'] }, 'country'),
  c('astana', 'Астана', 'Астана', 'Astana', { kk: ['Астана', 'Нұр-Сұлтан'], ru: ['Астан', 'Нур-Султан'] }),
  c('almaty', 'Алматы', 'Алматы', 'Almaty', { kk: ['Алматы'], ru: ['Алматы', 'Алма-Ат'] }),
  c('shymkent', 'Шымкент', 'Шымкент', 'Shymkent', { kk: ['Шымкент'], ru: ['Шымкент'] }),
  c('kokshetau', 'Көкшетау', 'Кокшетау', 'Kokshetau', { kk: ['Көкшетау'], ru: ['Кокшетау'] }),
  c('aktobe', 'Ақтөбе', 'Актобе', 'Aktobe', { kk: ['Ақтөбе'], ru: ['Актобе', 'Актюбинск'] }),
  c('konaev', 'Қонаев', 'Конаев', 'Konaev',
    // Also a surname: only the explicit "Қонаев қаласы" / "город Конаев" is the town.
    { kk: ['Қонаев қала'], ru: ['город~ Конаев'] }),
  c('atyrau', 'Атырау', 'Атырау', 'Atyrau', { kk: ['Атырау'], ru: ['Атырау'] }),
  c('oral', 'Орал', 'Уральск', 'Oral', { kk: ['Орал'], ru: ['Уральск', 'Орал'] }),
  c('taraz', 'Тараз', 'Тараз', 'Taraz', { kk: ['Тараз'], ru: ['Тараз'] }),
  c('taldykorgan', 'Талдықорған', 'Талдыкорган', 'Taldykorgan', { kk: ['Талдықорған'], ru: ['Талдыкорган'] }),
  c('karaganda', 'Қарағанды', 'Караганда', 'Karaganda', { kk: ['Қарағанды'], ru: ['Караганд'] }),
  c('kostanay', 'Қостанай', 'Костанай', 'Kostanay', { kk: ['Қостанай'], ru: ['Костана'] }),
  c('kyzylorda', 'Қызылорда', 'Кызылорда', 'Kyzylorda', { kk: ['Қызылорда'], ru: ['Кызылорд'] }),
  c('aktau', 'Ақтау', 'Актау', 'Aktau', { kk: ['Ақтау'], ru: ['Актау'] }),
  c('pavlodar', 'Павлодар', 'Павлодар', 'Pavlodar', { kk: ['Павлодар'], ru: ['Павлодар'] }),
  c('petropavl', 'Петропавл', 'Петропавловск', 'Petropavl', { kk: ['Петропавл'], ru: ['Петропавловск'] }),
  c('turkistan', 'Түркістан', 'Туркестан', 'Turkistan', { kk: ['Түркістан'], ru: ['Туркестан'] }),
  c('semey', 'Семей', 'Семей', 'Semey', { kk: ['Семей'], ru: ['Семей', 'Семе'] }),
  c('zhezkazgan', 'Жезқазған', 'Жезказган', 'Zhezkazgan', { kk: ['Жезқазған'], ru: ['Жезказган'] }),
  c('oskemen', 'Өскемен', 'Усть-Каменогорск', 'Oskemen', { kk: ['Өскемен'], ru: ['Усть-Каменогорск', 'Оскемен'] }),
  c('ekibastuz', 'Екібастұз', 'Экибастуз', 'Ekibastuz', { kk: ['Екібастұз'], ru: ['Экибастуз'] }),
  c('temirtau', 'Теміртау', 'Темиртау', 'Temirtau', { kk: ['Теміртау'], ru: ['Темиртау'] }),
  c('balkhash', 'Балқаш', 'Балхаш', 'Balkhash', { kk: ['Балқаш'], ru: ['Балхаш'] }),
  c('zhanaozen', 'Жаңаөзен', 'Жанаозен', 'Zhanaozen', { kk: ['Жаңаөзен'], ru: ['Жанаозен'] }),
  c('rudny', 'Рудный', 'Рудный', 'Rudny', { kk: ['Рудный'], ru: ['Рудн'] }),
  c('arkalyk', 'Арқалық', 'Аркалык', 'Arkalyk', { kk: ['Арқалық'], ru: ['Аркалык'] }),
  c('kentau', 'Кентау', 'Кентау', 'Kentau', { kk: ['Кентау'], ru: ['Кентау'] }),
  c('baikonur', 'Байқоңыр', 'Байконур', 'Baikonur', { kk: ['Байқоңыр'], ru: ['Байконур'] }),
];
