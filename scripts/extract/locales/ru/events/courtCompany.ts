/**
 * Russian words that make a court's act political (events/politicalCompany.ts): a political actor
 * or post (an official, a deputy, an akim, a minister, a party, an activist, a journalist) or a
 * political charge (corruption, bribery, treason, extremism, terrorism, mass riots, abuse of
 * office, seizure of power). A court, a prosecutor, the police and an investigation are the
 * court's own world and make no company: a thief arrested by the police is no chronicle's event.
 * Stems at a word start. (A party is named as one, "партия «…»", "партийный": "партия наркотиков"
 * is a batch.)
 */
const ACTORS = [
  'президент',
  'глав\\p{L}*\\s+государств',
  'елбас',
  'парламент',
  'мажилис',
  'сенат',
  'маслихат',
  'правительств',
  'премьер',
  'министр',
  'вице-министр',
  'экс-министр',
  'аким',
  // ("замакима", a deputy akim.)
  'зам(?:\\.\\s*)?аким',
  'экс-аким',
  'депутат',
  'сенатор',
  'губернатор',
  'спикер',
  'омбудсмен',
  'чиновник',
  'должностн\\p{L}*\\s+лиц',
  'госслужащ',
  'государственн\\p{L}*\\s+служащ',
  'парти(?:я|и|ю|ей)\\s+«',
  'партийн',
  'фракци',
  'оппозиц',
  'активист',
  'журналист',
  'правозащит',
  'политик',
  'политическ',
  'протест',
  'митинг',
  // (The Constitutional Court rules on the law itself; its finding with the prefix не- too,
  // "признан неконституционным", the court unnamed.)
  '(?:не)?конституци',
  // (A court's resolution on a law or a code, "постановление по закону о выборах": a ruling on
  // an act of Parliament, as the Constitutional Court's is: constitutionalRuling.ts.)
  'постановлени\\p{L}*\\s+(?:по|о|об)\\s+(?:\\p{L}+\\s+)?(?:закон|кодекс)',
];

const CHARGES = [
  'коррупц',
  'антикоррупц',
  // (Budget money stolen is an official's crime.)
  'бюджет',
  'взятк',
  'взяточ',
  'мздоимств',
  'госизмен',
  'государственн\\p{L}*\\s+измен',
  'экстремис',
  'террор',
  'теракт',
  'сепаратизм',
  'розн',
  'массов\\p{L}*\\s+беспорядк',
  '(?:превышени|злоупотреблени)\\p{L}*\\s+(?:должностн|власт|полномоч)',
  'захват\\p{L}*\\s+власт',
  'ложн\\p{L}*\\s+информац',
  'январск\\p{L}*\\s+событ',
];

export const RU_COURT_COMPANY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...ACTORS, ...CHARGES].join('|')})`,
  'iu',
);
