/**
 * The capitals of the gazetteer (cities.ts) and the states they stand for, where a capital names
 * its government: "Астана и Ташкент договорились" (events/statesAgree.ts). Ids on both sides.
 */
export const CAPITALS: Readonly<Record<string, string>> = {
  astana: 'kazakhstan',
  tashkent: 'uzbekistan',
  bishkek: 'kyrgyzstan',
  dushanbe: 'tajikistan',
  ashgabat: 'turkmenistan',
  moscow: 'russia',
  beijing: 'china',
  baku: 'azerbaijan',
  ankara: 'turkey',
  minsk: 'belarus',
  yerevan: 'armenia',
  tbilisi: 'georgia',
  washington: 'usa',
  berlin: 'germany',
  paris: 'france',
  london: 'uk',
  tehran: 'iran',
  tokyo: 'japan',
  seoul: 'south-korea',
  'abu-dhabi': 'uae',
  doha: 'qatar',
  ulaanbaatar: 'mongolia',
};
