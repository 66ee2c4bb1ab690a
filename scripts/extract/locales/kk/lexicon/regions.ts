import type { GazetteerEntry } from './gazetteerEntry';

/**
 * The 17 regions (облыстар) of Kazakhstan, including Abai, Jetisu and Ulytau created in 2022.
 * A region whose name is also a city's name (Қызылорда) is only a region when the word облыс
 * follows; bare names without a namesake city (Жамбыл, Маңғыстау) stand for the region itself.
 */
const r = (
  id: string,
  kk: string,
  ru: string,
  en: string,
  forms: GazetteerEntry['forms'],
  since?: number,
): GazetteerEntry => ({
  id,
  kind: 'region',
  name: { kk, ru, en },
  forms,
  ...(since ? { since } : {}),
});

// prettier-ignore
export const REGIONS: readonly GazetteerEntry[] = [
  r('abai', 'Абай облысы', 'область Абай', 'Abai Region',
    { kk: ['Абай облыс'], ru: ['област~ Абай', 'Абайск~ област'] }, 2022),
  r('akmola', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region',
    { kk: ['Ақмола облыс', 'Ақмола'], ru: ['Акмолинск~ област'] }),
  r('aktobe-region', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region',
    { kk: ['Ақтөбе облыс'], ru: ['Актюбинск~ област'] }),
  r('almaty-region', 'Алматы облысы', 'Алматинская область', 'Almaty Region',
    { kk: ['Алматы облыс'], ru: ['Алматинск~ област'] }),
  r('atyrau-region', 'Атырау облысы', 'Атырауская область', 'Atyrau Region',
    { kk: ['Атырау облыс'], ru: ['Атырауск~ област'] }),
  r('west-kazakhstan', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region',
    { kk: ['Батыс Қазақстан облыс', 'Батыс Қазақстан'], ru: ['Западно-Казахстанск~ област', 'ЗКО'] }),
  r('jambyl', 'Жамбыл облысы', 'Жамбылская область', 'Jambyl Region',
    { kk: ['Жамбыл облыс', 'Жамбыл'], ru: ['Жамбылск~ област', 'Жамбыл'] }),
  r('jetisu', 'Жетісу облысы', 'область Жетісу', 'Jetisu Region',
    { kk: ['Жетісу облыс', 'Жетісу'], ru: ['област~ Жетісу', 'област~ Жетысу', 'Жетысуск~ област'] }, 2022),
  r('karaganda-region', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region',
    { kk: ['Қарағанды облыс'], ru: ['Карагандинск~ област'] }),
  r('kostanay-region', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region',
    { kk: ['Қостанай облыс'], ru: ['Костанайск~ област'] }),
  r('kyzylorda-region', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region',
    { kk: ['Қызылорда облыс'], ru: ['Кызылординск~ област'] }),
  r('mangystau', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region',
    { kk: ['Маңғыстау облыс', 'Маңғыстау'], ru: ['Мангистауск~ област', 'Мангыстауск~ област', 'Мангистау', 'Мангыстау'] }),
  r('pavlodar-region', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region',
    { kk: ['Павлодар облыс'], ru: ['Павлодарск~ област'] }),
  r('north-kazakhstan', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region',
    { kk: ['Солтүстік Қазақстан облыс', 'Солтүстік Қазақстан'], ru: ['Северо-Казахстанск~ област', 'СКО'] }),
  r('turkistan-region', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region',
    { kk: ['Түркістан облыс'], ru: ['Туркестанск~ област'] }),
  r('ulytau', 'Ұлытау облысы', 'область Ұлытау', 'Ulytau Region',
    { kk: ['Ұлытау облыс'], ru: ['област~ Ұлытау', 'област~ Улытау', 'Улытауск~ област'] }, 2022),
  r('east-kazakhstan', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region',
    { kk: ['Шығыс Қазақстан облыс', 'Шығыс Қазақстан'], ru: ['Восточно-Казахстанск~ област', 'ВКО'] }),
];
