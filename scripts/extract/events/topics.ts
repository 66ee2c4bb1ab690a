/**
 * What an event is about, in the grammatical forms the title templates need:
 * - `kkAcc`: object of "… ұсынды" (proposed …), a verbal noun in the accusative;
 * - `kkAbout`: before "туралы" (about), the same phrase in the nominative; itself with no
 *   "туралы" in it ("… салу жөніндегі референдум"), or the title says it twice;
 * - `ruInf`: after "предлагает" (proposes), an infinitive phrase;
 * - `ruAbout`: "о …" (about …), a prepositional phrase;
 * - `ruNom`: the same in the nominative, a title of its own ("Амнистия", "Поправки в Конституцию");
 * - `enIng`: after "proposes", a gerund or noun phrase; `enOn`: after "on".
 * Cues that find a topic in a sentence are per language in locales/<lang>/lexicon/titleCues.ts
 * (TITLE_CUES, titleCueWords.ts).
 */
import { TITLE_CUES } from './titleCueWords';
import type { SourceLang } from '../../../src/model/schema';

export interface TopicPhrases {
  kkAcc: string;
  kkAbout: string;
  ruInf: string;
  ruAbout: string;
  ruNom: string;
  enIng: string;
  enOn: string;
}

// prettier-ignore
export const TOPICS = {
  'nuclear-referendum': { kkAcc: 'атом электр станциясын салу туралы референдум өткізуді', kkAbout: 'атом электр станциясын салу жөніндегі референдум', ruInf: 'провести референдум о строительстве атомной электростанции', ruAbout: 'о референдуме по строительству атомной электростанции', ruNom: 'референдум о строительстве атомной электростанции', enIng: 'holding a referendum on building a nuclear power plant', enOn: 'a referendum on building a nuclear power plant' },
  'nuclear-plant': { kkAcc: 'атом электр станциясын салуды', kkAbout: 'атом электр станциясын салу', ruInf: 'построить атомную электростанцию', ruAbout: 'о строительстве атомной электростанции', ruNom: 'строительство атомной электростанции', enIng: 'building a nuclear power plant', enOn: 'building a nuclear power plant' },
  'rename-capital': { kkAcc: 'елорданың атауын өзгертуді', kkAbout: 'елорданың атауын өзгерту', ruInf: 'переименовать столицу', ruAbout: 'о переименовании столицы', ruNom: 'переименование столицы', enIng: 'renaming the capital', enOn: 'renaming the capital' },
  'rename-party': { kkAcc: 'партияның атауын өзгертуді', kkAbout: 'партияның атауын өзгерту', ruInf: 'переименовать партию', ruAbout: 'о переименовании партии', ruNom: 'переименование партии', enIng: 'renaming the party', enOn: 'renaming the party' },
  'state-of-emergency': { kkAcc: 'төтенше жағдай енгізуді', kkAbout: 'төтенше жағдай енгізу', ruInf: 'ввести чрезвычайное положение', ruAbout: 'о введении чрезвычайного положения', ruNom: 'введение чрезвычайного положения', enIng: 'introducing a state of emergency', enOn: 'a state of emergency' },
  'joint-session': { kkAcc: 'Парламент палаталарының бірлескен отырысын шақыруды', kkAbout: 'Парламент палаталарының бірлескен отырысын шақыру', ruInf: 'созвать совместное заседание палат Парламента', ruAbout: 'о созыве совместного заседания палат Парламента', ruNom: 'созыв совместного заседания палат Парламента', enIng: 'convening a joint session of Parliament', enOn: 'convening a joint session of Parliament' },
  'calling-election': { kkAcc: 'сайлау тағайындауды', kkAbout: 'сайлау тағайындау', ruInf: 'назначить выборы', ruAbout: 'о назначении выборов', ruNom: 'назначение выборов', enIng: 'calling an election', enOn: 'calling an election' },
  'calling-referendum': { kkAcc: 'референдум өткізуді', kkAbout: 'референдум өткізу', ruInf: 'провести референдум', ruAbout: 'о проведении референдума', ruNom: 'проведение референдума', enIng: 'holding a referendum', enOn: 'holding a referendum' },
  'nominate-candidates': { kkAcc: 'кандидаттарды ұсынуды', kkAbout: 'кандидаттарды ұсыну', ruInf: 'выдвинуть кандидатов', ruAbout: 'о выдвижении кандидатов', ruNom: 'выдвижение кандидатов', enIng: 'nominating candidates', enOn: 'nominating candidates' },
  'digital-democracy': { kkAcc: 'цифрлық демократияға басымдық беруді', kkAbout: 'цифрлық демократия', ruInf: 'отдать приоритет цифровой демократии', ruAbout: 'о цифровой демократии', ruNom: 'цифровая демократия', enIng: 'giving priority to digital democracy', enOn: 'digital democracy' },
  'party-control': { kkAcc: 'партиялық бақылауды күшейтуді', kkAbout: 'партиялық бақылау', ruInf: 'усилить партийный контроль', ruAbout: 'о партийном контроле', ruNom: 'партийный контроль', enIng: 'stronger oversight by the party', enOn: 'oversight by the party' },
  'unicameral-parliament': { kkAcc: 'бір палаталы Парламентке көшуді', kkAbout: 'бір палаталы Парламентке көшу', ruInf: 'перейти к однопалатному Парламенту', ruAbout: 'о переходе к однопалатному Парламенту', ruNom: 'переход к однопалатному Парламенту', enIng: 'a single-chamber Parliament', enOn: 'a single-chamber Parliament' },
  constitution: { kkAcc: 'Конституцияға өзгерістер енгізуді', kkAbout: 'Конституцияға өзгерістер енгізу', ruInf: 'внести поправки в Конституцию', ruAbout: 'о поправках в Конституцию', ruNom: 'поправки в Конституцию', enIng: 'amending the Constitution', enOn: 'amendments to the Constitution' },
  'political-reforms': { kkAcc: 'саяси реформаларды', kkAbout: 'саяси реформалар', ruInf: 'провести политические реформы', ruAbout: 'о политических реформах', ruNom: 'политические реформы', enIng: 'political reforms', enOn: 'political reforms' },
  'early-termination': { kkAcc: 'өкілеттікті мерзімінен бұрын тоқтатуды', kkAbout: 'өкілеттікті мерзімінен бұрын тоқтату', ruInf: 'досрочно прекратить полномочия', ruAbout: 'о досрочном прекращении полномочий', ruNom: 'досрочное прекращение полномочий', enIng: 'ending powers early', enOn: 'ending powers early' },
  ratification: { kkAcc: 'халықаралық келісімді ратификациялауды', kkAbout: 'халықаралық келісімді ратификациялау', ruInf: 'ратифицировать соглашение', ruAbout: 'о ратификации соглашения', ruNom: 'ратификация соглашения', enIng: 'ratifying an agreement', enOn: 'ratifying an agreement' },
  amnesty: { kkAcc: 'рақымшылық жасауды', kkAbout: 'рақымшылық жасау', ruInf: 'объявить амнистию', ruAbout: 'об амнистии', ruNom: 'амнистия', enIng: 'an amnesty', enOn: 'an amnesty' },
  'election-programme': { kkAcc: 'сайлауалды бағдарламаның орындалуын пысықтауды', kkAbout: 'сайлауалды бағдарламаның орындалуы', ruInf: 'проверить выполнение предвыборной программы', ruAbout: 'о выполнении предвыборной программы', ruNom: 'выполнение предвыборной программы', enIng: 'reviewing the election programme', enOn: 'the election programme' },
  'annual-results': { kkAcc: 'жыл қорытындысын шығаруды', kkAbout: 'жыл қорытындысы', ruInf: 'подвести итоги года', ruAbout: 'об итогах года', ruNom: 'итоги года', enIng: 'reviewing the results of the year', enOn: 'the results of the year' },
  budget: { kkAcc: 'бюджетті бекітуді', kkAbout: 'бюджет', ruInf: 'утвердить бюджет', ruAbout: 'о бюджете', ruNom: 'бюджет', enIng: 'approving the budget', enOn: 'the budget' },
  // Built from the congress's number and party by the meeting template (see titlesMeeting.ts).
  'congress-results': { kkAcc: 'съезд қорытындыларын', kkAbout: 'съезд қорытындылары', ruInf: 'обсудить итоги съезда', ruAbout: 'об итогах съезда', ruNom: 'итоги съезда', enIng: 'the results of the congress', enOn: 'the results of the congress' },
} as const satisfies Record<string, TopicPhrases>;

export type TopicKey = keyof typeof TOPICS;

/** The first topic whose cue the text matches, in the text's language. */
export function topicOf(text: string, lang: SourceLang): TopicKey | undefined {
  return TITLE_CUES[lang].topics.find(([, re]) => re.test(text))?.[0] as TopicKey | undefined;
}
