/**
 * Kazakh words that make a court's act political (events/politicalCompany.ts): a political actor
 * or post (an official, a deputy, an akim, a minister, a party, an activist, a journalist) or a
 * political charge (corruption, bribery, treason, extremism, terrorism, mass riots, abuse of
 * office, seizure of power). A court, a prosecutor, the police and an investigation are the
 * court's own world and make no company: a thief arrested by the police is no chronicle's event.
 * Stems at a word start; any ending. (Not "әкімшілік", administrative: "әкімшілік құқық
 * бұзушылық" is a petty offence.)
 */
const ACTORS = [
  'президент',
  'мемлекет\\s+басшы',
  'елбасы',
  'парламент',
  'мәжіліс',
  'сенат',
  'мәслихат',
  'үкімет',
  'премьер',
  'министр',
  'вице-министр',
  'әкім(?!ші)',
  'депутат',
  'сенатор',
  'губернатор',
  'спикер',
  'омбудсмен',
  'шенеунік',
  'лауазымды',
  'мемлекеттік\\s+қызметші',
  'партия',
  'фракция',
  'оппозиция',
  'белсенді',
  'журналист',
  'құқық\\s+қорғаушы',
  'саяси',
  'саясат',
  'наразылық',
  'митинг',
  // (The Constitutional Court rules on the law itself.)
  'конституция',
  // (A court's resolution on a law or a code, "заңы бойынша нормативтік қаулы": a ruling on an act
  // of Parliament, as the Constitutional Court's is: constitutionalRuling.ts.)
  '(?:заң|кодекс)\\p{L}*\\s+(?:бойынша|туралы|жөнінде)\\s+(?:нормативтік\\s+)?қаулы',
];

const CHARGES = [
  'сыбайлас',
  'жемқор',
  'коррупция',
  'антикоррупция',
  // (Budget money stolen is an official's crime.)
  'бюджет',
  // A bribe ("пара", "парасы", "пара алды"), not a parade or a page ("парад", "парақ").
  'пара(?:сы|ны|ға|мен|қор\\p{L}*)?(?!\\p{L})',
  'опасыздық',
  'экстремис',
  'террор',
  'теракт',
  'сепаратизм',
  'алауыздық',
  'жаппай\\s+тәртіпсіздік',
  '(?:билік|өкілеттік)\\p{L}*\\s+(?:асыра|теріс)\\s+пайдалан',
  'билік\\p{L}*\\s+(?:күшпен\\s+)?басып\\s+ал',
  'жалған\\s+ақпарат',
  'қаңтар\\s+оқиға',
];

export const KK_COURT_COMPANY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...ACTORS, ...CHARGES].join('|')})`,
  'iu',
);
